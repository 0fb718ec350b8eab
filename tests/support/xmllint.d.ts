export declare const schemasDir: string;
/**
 * Validates an XLIFF file against the OASIS schema of its version (1.2 strict, or transitional for
 * files CAT tools wrote with their own namespaces) with `xmllint --schema`, never touching the network.
 */
export declare function validateXliff(
  path: string,
  options?: {
    transitional?: boolean;
  },
): {
  ok: boolean;
  errors: string;
};
//# sourceMappingURL=xmllint.d.ts.map
