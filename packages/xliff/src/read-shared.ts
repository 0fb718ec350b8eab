import { DariError, errorAt, type Unit, type UnitGroup } from '@dari/core';
import type { UnitPlace } from './document.js';
import type { XmlElement } from './xml/tree.js';

/** A group of the model being filled: units are appended to it wherever in the file they stand. */
export interface GroupEntry {
  readonly id: string;
  readonly kind: UnitGroup['kind'];
  readonly units: Unit[];
}

/**
 * Collects units into groups in reading order while checking ids; shared by the 1.x and 2.x readers.
 *
 * The model has one group per id, so what the file spreads out is gathered: every unit outside any
 * group with an id joins the one group with id '' (the writer puts it back ungrouped, where it
 * stood), and a unit in a nested group belongs to its outermost group with an id. Ids must be
 * unique per `<file>` (XLIFF 1.2 and 2.0 say so); when a later `<file>` repeats an id of an earlier
 * one, the model calls it `<file key>/<id>` so that sync and check still see one unit per id.
 */
export class UnitCollector {
  readonly groups: GroupEntry[] = [];
  readonly places = new Map<string, UnitPlace>();
  readonly groupElements = new Map<string, XmlElement>();
  /** Units under `translate="no"` (their own, or inherited from a group or file). */
  readonly notTranslatable = new Set<string>();
  private ungrouped: GroupEntry | undefined;
  /** Raw ids met in the current `<file>`: units, groups (per-file uniqueness). */
  private fileUnits = new Map<string, number>();
  private fileGroups = new Map<string, number>();
  private fileKey = '';

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

  /** Starts a `<file>`: ids are unique within it; `key` names it when its ids collide with an earlier file's. */
  startFile(key: string): void {
    this.fileUnits = new Map();
    this.fileGroups = new Map();
    this.fileKey = key;
  }

  /** The group of units outside any group with an id (one per document). */
  top(): GroupEntry {
    if (!this.ungrouped) {
      this.ungrouped = { id: '', kind: 'paragraph', units: [] };
      this.groups.push(this.ungrouped);
    }
    return this.ungrouped;
  }

  /**
   * A new model group for an outermost `<group>` with an id, unique in its file. (Nested groups are
   * not model groups: 1.x files repeat their ids — MateCat's deep nesting does — and 2.x validation
   * refuses repeats on its own.)
   */
  group(id: string, kind: UnitGroup['kind'], element: XmlElement): GroupEntry {
    const first = this.fileGroups.get(id);
    if (first !== undefined) this.duplicate('group', id, element, first);
    this.fileGroups.set(id, element.start);
    const modelId = this.groupElements.has(id) ? `${this.fileKey}/${id}` : id;
    if (this.groupElements.has(modelId)) this.duplicate('group', id, element, element.start);
    this.groupElements.set(modelId, element);
    const entry: GroupEntry = { id: modelId, kind, units: [] };
    this.groups.push(entry);
    return entry;
  }

  /** Checks a unit id for uniqueness in its file; returns the id the model gives it. */
  claimUnit(id: string, at: XmlElement): string {
    const first = this.fileUnits.get(id);
    if (first !== undefined) this.duplicate('unit', id, at, first);
    this.fileUnits.set(id, at.start);
    return this.places.has(id) || this.places.has(`${id}#1`) ? `${this.fileKey}/${id}` : id;
  }

  /** Adds a unit (its id already claimed) to a group. */
  add(
    group: GroupEntry,
    unit: Omit<Unit, 'line' | 'column' | 'block'>,
    place: UnitPlace,
    at: XmlElement,
  ): void {
    if (this.places.has(unit.id)) this.duplicate('unit', unit.id, at, at.start);
    this.places.set(unit.id, place);
    const pos = this.at((place.segment ?? at).start);
    group.units.push({
      ...unit,
      ...(group.id ? { block: group.id } : {}),
      line: pos.line,
      column: pos.column,
    });
  }

  private duplicate(what: string, id: string, at: XmlElement, first: number): never {
    throw new DariError(
      errorAt('xliff-duplicate-id', `${what} id "${id}" appears more than once in one <file>`, {
        file: this.file,
        ...this.at(at.start),
        note: `First at line ${this.at(first).line}. Ids identify units across sync and checks; make each one unique within its <file>.`,
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
