// The shape data may take, whether it comes from a YAML file or a program: how deep it may nest
// and how far aliases may grow it. Real documents nest fewer than 20 levels; the caps stop a file
// (or an object) made to exhaust the stack or the memory before anything walks it.

/** Levels of nesting (lists and sections inside each other). */
export const MAX_DEPTH = 100;

/** Values that YAML aliases (*name) may add to a file beyond its own (the billion laughs). */
export const MAX_ALIAS_GROWTH = 100_000;

/** Values an in-memory object may hold in all, shared parts counted each time they are met. */
export const MAX_VALUES = 2_000_000;

/** A mapping (a YAML map, a JSON object): not null, not a list. */
export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
