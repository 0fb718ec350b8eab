import { DariError, errorAt, type Unit, type UnitGroup } from '@dari/core';
import type { UnitPlace } from './document.js';
import type { XmlElement } from './xml/tree.js';

/**
 * Collects units into groups in reading order while checking ids; shared by the 1.2 and 2.x readers.
 * Units outside any group with an id gather in groups with id '' (the writer puts them back ungrouped).
 */
export class UnitCollector {
  readonly groups: Array<{ id: string; kind: UnitGroup['kind']; units: Unit[] }> = [];
  readonly places = new Map<string, UnitPlace>();
  readonly groupElements = new Map<string, XmlElement>();
  private readonly firstSeen = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  /** Line and column (1-based) of an offset in the file, by binary search over line starts (units are many). */
  at(offset: number): { line: number; column: number } {
    this.lineStarts ??= lineStartsOf(this.text);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  private lineStarts: number[] | undefined;

  /** Starts a group (or continues the current ungrouped run when `id` is ''). */
  group(id: string, kind: UnitGroup['kind'], element: XmlElement | undefined): void {
    const last = this.groups.at(-1);
    if (id === '' && last?.id === '') return;
    if (id !== '' && element) {
      if (this.groupElements.has(id)) this.duplicate('group', id, element);
      this.groupElements.set(id, element);
    }
    this.groups.push({ id, kind, units: [] });
  }

  /** Adds a unit to the current group; a repeated id is an error (sync and check match units by id). */
  add(unit: Omit<Unit, 'line' | 'column' | 'block'>, place: UnitPlace, at: XmlElement): void {
    if (this.places.has(unit.id)) this.duplicate('unit', unit.id, at);
    this.firstSeen.set(unit.id, at.start);
    this.places.set(unit.id, place);
    const group = this.groups.at(-1);
    if (!group) throw new Error('UnitCollector.add before group');
    const pos = this.at((place.segment ?? at).start);
    group.units.push({
      ...unit,
      ...(group.id ? { block: group.id } : {}),
      line: pos.line,
      column: pos.column,
    });
  }

  private duplicate(what: string, id: string, at: XmlElement): never {
    const first = this.firstSeen.get(id) ?? this.groupElements.get(id)?.start;
    const firstLine = first === undefined ? undefined : this.at(first).line;
    throw new DariError(
      errorAt('xliff-duplicate-id', `${what} id "${id}" appears more than once`, {
        file: this.file,
        ...this.at(at.start),
        note: `First at line ${firstLine ?? '?'}. Ids identify units across sync and checks; make each one unique.`,
      }),
    );
  }

  /** Throws a structural error at an element. */
  fail(ruleId: string, message: string, at: XmlElement, note: string): never {
    throw new DariError(errorAt(ruleId, message, { file: this.file, ...this.at(at.start), note }));
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
