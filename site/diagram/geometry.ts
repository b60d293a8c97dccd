/** Sizes of the heap view, in pixels (shared by its layout, shapes and drawing). */
export const enum Geo {
  MARGIN = 16,
  /** The title line above frames and heap. */
  TITLE_H = 34,
  FRAME_W = 184,
  FRAME_HEAD = 26,
  FRAME_ROW = 20,
  FRAME_PAD = 6,
  FRAME_GAP = 14,
  /** Label above the suspended generator frames. */
  SUSPENDED_LABEL = 22,
  /** Space between the frames and the first heap column (arrows run here). */
  GUTTER = 72,
  BOX_W = 212,
  COL_GAP = 72,
  /** Header band: type name and refcount badge. */
  HEAD = 24,
  /** Row of marks (small int, interned, unreachable, ...), when there are any. */
  MARKS = 19,
  SUMMARY = 20,
  SLOT = 18,
  FOOT = 17,
  /** Row listing references from outside the drawn heap (value stack, co_consts, ...). */
  EXT = 15,
  PAD = 4,
  /** Vertical space between two boxes of a column. */
  BOX_GAP = 16,
  /** Where an arrow lands, below the top of its target box (the header's middle). */
  ANCHOR = 12,
  /** Extra rows reserved below a container so that it can grow without moving. */
  SLACK_ROWS = 1,
  /** A new object goes to the next column when its own has no room nearer than this. */
  FAR = 480,
  LEGEND_H = 46,
}
