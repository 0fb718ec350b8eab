// The npm `xliff` package ships no types; Dari declares the two readers it uses and types their
// result in xliff-js.ts.

declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(text: string, options?: Record<string, unknown>): Promise<unknown>;
}

declare module 'xliff/xliff2js' {
  export default function xliff2js(text: string, options?: Record<string, unknown>): Promise<unknown>;
}
