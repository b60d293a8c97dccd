/**
 * The diagram under a cell, stepped through: a slider, previous / play / next, and keys while
 * the diagram has focus (← →, Home End, Space to play or pause). It draws whatever a
 * `StepSource` gives it; diagram.ts makes one from a run's timeline.
 */

export interface StepSource {
  count: number;
  /** The SVG of step i (0-based). */
  render(i: number): string;
  /** What the step is, in words: "step 3 of 0–5 · line 2". */
  label(i: number): string;
}

/** How long play shows each step (ms). */
const PLAY_MS = 700;

function control(label: string, title: string, cls: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `pycell-btn ${cls}`;
  b.textContent = label;
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', onClick);
  return b;
}

export class Stepper {
  private index = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly picture: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly caption: HTMLElement;
  private readonly playBtn: HTMLButtonElement;

  /**
   * Whether the picture shown is the build's drawing of the initial step, not yet drawn here: the
   * source then draws that step before any other, so that its placement memory is the same as if
   * it had drawn it (boxes keep their places from that step on).
   */
  private prebuilt: boolean;

  /**
   * `drawn` is the build's picture of step `initial`, kept as it is (no redraw when the page
   * hydrates); without it the stepper draws step `initial` at once.
   */
  constructor(private readonly figure: HTMLElement, private readonly source: StepSource, initial: number, drawn: HTMLElement | null = null) {
    this.prebuilt = drawn !== null;
    this.picture = drawn ?? document.createElement('div');
    this.picture.className = 'pycell-picture';
    this.slider = document.createElement('input');
    this.slider.type = 'range';
    this.slider.min = '0';
    this.slider.max = String(Math.max(0, source.count - 1));
    this.slider.className = 'pycell-slider';
    this.slider.setAttribute('aria-label', 'step');
    this.slider.addEventListener('input', () => this.show(Number(this.slider.value)));
    this.playBtn = control('▶', 'Play the steps', 'pycell-play', () => this.toggle());
    this.caption = document.createElement('span');
    this.caption.className = 'pycell-step';
    this.caption.setAttribute('aria-live', 'polite');
    const bar = document.createElement('div');
    bar.className = 'pycell-stepbar';
    bar.append(
      control('◀', 'Previous step', 'pycell-prev', () => this.show(this.index - 1)),
      this.playBtn,
      control('▶|', 'Next step', 'pycell-next', () => this.show(this.index + 1)),
      this.slider, this.caption);
    figure.replaceChildren(this.picture, bar);
    figure.tabIndex = 0;
    figure.addEventListener('keydown', (e) => this.key(e));
    if (this.prebuilt) this.label(initial);
    else this.show(initial);
  }

  get step(): number {
    return this.index;
  }

  show(i: number): void {
    if (this.prebuilt) {
      this.prebuilt = false;
      this.source.render(this.index);
    }
    this.label(i);
    this.picture.innerHTML = this.source.render(this.index);
    if (this.index === this.source.count - 1) this.pause();
  }

  /** Moves the slider, caption and index to step i (clamped), without drawing. */
  private label(i: number): void {
    this.index = Math.max(0, Math.min(this.source.count - 1, i));
    this.slider.value = String(this.index);
    this.caption.textContent = this.source.label(this.index);
    this.figure.dataset.step = String(this.index);
  }

  private toggle(): void {
    if (this.timer !== null) {
      this.pause();
      return;
    }
    if (this.index >= this.source.count - 1) this.show(0);
    this.playBtn.textContent = '❚❚';
    this.playBtn.title = 'Pause';
    this.timer = setInterval(() => this.show(this.index + 1), PLAY_MS);
  }

  private pause(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.playBtn.textContent = '▶';
    this.playBtn.title = 'Play the steps';
  }

  private key(e: KeyboardEvent): void {
    if (e.target === this.slider && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => this.show(this.index - 1),
      ArrowRight: () => this.show(this.index + 1),
      Home: () => this.show(0),
      End: () => this.show(this.source.count - 1),
      ' ': () => this.toggle(),
    };
    const move = moves[e.key];
    if (move === undefined || (e.target as HTMLElement).tagName === 'BUTTON' && e.key === ' ') return;
    e.preventDefault();
    move();
  }

  dispose(): void {
    this.pause();
  }
}
