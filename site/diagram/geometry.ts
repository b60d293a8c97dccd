/**
 * Sizes of the heap view, in pixels (shared by its layout, shapes and drawing). The frames and
 * two heap columns fit in 700 px, the width of a page's text column:
 * MARGIN + FRAME_W + GUTTER + 2 BOX_W + COL_GAP + MARGIN + RIGHT = 698.
 */
export const enum Geo {
  MARGIN = 16,
  /** The title line above frames and heap. */
  TITLE_H = 34,
  FRAME_W = 150,
  FRAME_HEAD = 26,
  FRAME_ROW = 20,
  FRAME_PAD = 6,
  FRAME_GAP = 14,
  /** Label above the suspended generator frames. */
  SUSPENDED_LABEL = 22,
  /** Space between the frames and the first heap column (arrows run here). */
  GUTTER = 48,
  BOX_W = 188,
  COL_GAP = 56,
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
  /** Room right of the last column for the brackets of references within it. */
  RIGHT = 36,
}
