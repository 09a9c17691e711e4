/**
 * Just enough of a terminal to know what a person would see: the cursor movements, erases and line wrapping
 * that @inquirer/prompts, ora and readline write (all relative moves, `ESC[nG` and `ESC[K`), with colours
 * and other modes ignored. Lines scrolled off the top are kept, so what has scrolled away can still be read.
 */
const ESC = '\u001b';

interface Line {
  chars: string[];
  /** The text went on past the right edge onto the next line (auto-wrap), so the two read as one. */
  wrapped: boolean;
}

const blank = (): Line => ({ chars: [], wrapped: false });

export class Screen {
  private readonly lines: Line[];
  /** Index in `lines` of the top row of the screen; everything above it has scrolled away. */
  private top = 0;
  private row = 0;
  private col = 0;
  private state: 'text' | 'escape' | 'csi' | 'osc' | 'oscEscape' = 'text';
  private sequence = '';

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.lines = Array.from({ length: rows }, blank);
  }

  write(data: string): void {
    for (const ch of data) this.feed(ch);
  }

  /** The rows of the screen now; a line the terminal wrapped is joined to its continuation. */
  text(): string {
    return this.render(this.lines.slice(this.top, this.top + this.rows));
  }

  /** Everything written, scrolled-away lines included, as it stands now. */
  history(): string {
    return this.render(this.lines.slice(0, this.top + this.rows));
  }

  private render(lines: Line[]): string {
    const shown: string[] = [];
    let joined = '';
    for (const line of lines) {
      joined += line.chars.map((c) => c || ' ').join('');
      if (line.wrapped) continue;
      shown.push(joined.trimEnd());
      joined = '';
    }
    if (joined !== '') shown.push(joined.trimEnd());
    while (shown.at(-1) === '') shown.pop();
    return `${shown.join('\n')}\n`;
  }

  private feed(ch: string): void {
    switch (this.state) {
      case 'escape':
        if (ch === '[') {
          this.state = 'csi';
          this.sequence = '';
        } else if (ch === ']') {
          this.state = 'osc';
        } else {
          this.state = 'text'; // ESC 7, ESC 8, charset selection …: nothing that moves text
        }
        return;
      case 'csi':
        if (ch >= '@' && ch <= '~') {
          this.state = 'text';
          this.csi(this.sequence, ch);
        } else {
          this.sequence += ch;
        }
        return;
      case 'osc':
        if (ch === '\u0007') this.state = 'text';
        else if (ch === ESC) this.state = 'oscEscape';
        return;
      case 'oscEscape':
        this.state = 'text';
        return;
      case 'text':
        this.printable(ch);
    }
  }

  private printable(ch: string): void {
    switch (ch) {
      case ESC:
        this.state = 'escape';
        return;
      case '\r':
        this.col = 0;
        return;
      case '\n':
        this.lineFeed();
        return;
      case '\b':
        this.col = Math.max(0, Math.min(this.col, this.cols - 1) - 1);
        return;
      case '\t':
        this.col = Math.min(this.cols - 1, (Math.floor(this.col / 8) + 1) * 8);
        return;
      default:
        if (ch < ' ' || ch === '\u007f') return; // BEL and other controls
        if (this.col >= this.cols) {
          this.current().wrapped = true;
          this.col = 0;
          this.lineFeed();
        }
        this.current().chars[this.col] = ch;
        for (let i = 0; i < this.col; i++) this.current().chars[i] ??= '';
        this.col++;
    }
  }

  private lineFeed(): void {
    if (this.row < this.rows - 1) {
      this.row++;
    } else {
      this.lines.push(blank());
      this.top++;
    }
  }

  private current(): Line {
    return this.lines[this.top + this.row]!;
  }

  private csi(params: string, final: string): void {
    if (params.startsWith('?') || params.startsWith('>')) return; // modes: cursor visibility, bracketed paste …
    const args = params.split(';').map((p) => (p === '' ? undefined : Number(p)));
    const n = args[0] ?? 1;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.row = Math.min(this.rows - 1, this.row + n);
        break;
      case 'C':
        this.col = Math.min(this.cols - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, Math.min(this.col, this.cols - 1) - n);
        break;
      case 'E':
        this.row = Math.min(this.rows - 1, this.row + n);
        this.col = 0;
        break;
      case 'F':
        this.row = Math.max(0, this.row - n);
        this.col = 0;
        break;
      case 'G':
        this.col = Math.min(this.cols - 1, n - 1);
        break;
      case 'H':
      case 'f':
        this.row = Math.min(this.rows - 1, (args[0] ?? 1) - 1);
        this.col = Math.min(this.cols - 1, (args[1] ?? 1) - 1);
        break;
      case 'K':
        this.eraseInLine(args[0] ?? 0);
        break;
      case 'J':
        this.eraseInDisplay(args[0] ?? 0);
        break;
      default: // SGR (colours) and everything else leave the text alone
    }
  }

  private eraseInLine(mode: number): void {
    const line = this.current();
    if (mode === 0) line.chars.length = Math.min(line.chars.length, this.col);
    else if (mode === 1) for (let i = 0; i <= this.col && i < line.chars.length; i++) line.chars[i] = '';
    else line.chars = [];
    if (mode !== 1) line.wrapped = false;
  }

  private eraseInDisplay(mode: number): void {
    const rows = mode === 0 ? range(this.row + 1, this.rows) : mode === 1 ? range(0, this.row) : range(0, this.rows);
    if (mode === 0 || mode === 1) this.eraseInLine(mode);
    for (const r of rows) this.lines[this.top + r] = blank();
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
