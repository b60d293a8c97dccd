/**
 * textwrap: wrapping and filling text.
 * Implements: TextWrapper (every option: width, indents, expand_tabs, tabsize,
 * replace_whitespace, fix_sentence_endings, break_long_words, break_on_hyphens,
 * drop_whitespace, max_lines, placeholder), wrap, fill, shorten, dedent, indent; the same
 * chunks as CPython's word-splitting regular expression (whitespace runs, words, hyphenated
 * word parts, em-dashes between words) and the same lines and errors.
 * NON-CPYTHON: written for the kernel, which has no re module: chunks, sentence endings and
 * common indentation are found by scanning the text by hand. TextWrapper has no wordsep_re,
 * wordsep_simple_re or sentence_end_re attributes.
 */
export const source = String.raw`"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows (ASCII only, as CPython's).
_whitespace = '\t\n\x0b\x0c\r '
_SPACE = frozenset(_whitespace)


def _word(c):
    # \w
    return c.isalnum() or c == '_'


def _letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return _word(c) and not c.isdecimal()


def _word_punct(c):
    # [\w!"'&.,?]
    return _word(c) or c in '!"\'&.,?'


class _Text:
    """Character tests at any index of a text, false outside it."""

    def __init__(self, text):
        self.text = text

    def test(self, i, predicate):
        return 0 <= i < len(self.text) and predicate(self.text[i])

    def char(self, i):
        return self.text[i] if 0 <= i < len(self.text) else ''

    def dashes_then_word(self, i):
        # At i: two or more '-' followed by a word character.
        j = i
        while self.char(j) == '-':
            j += 1
        return j - i >= 2 and self.test(j, _word)


def _hyphen_break(t, i):
    # A word may end with the '-' at i: two letters (or letter '-' letter) before it, and
    # a letter, an optional '-' and a letter after it.
    if t.char(i) != '-':
        return False
    before = (t.test(i - 1, _letter) and t.test(i - 2, _letter)) or (
        t.test(i - 1, _letter) and t.char(i - 2) == '-' and t.test(i - 3, _letter))
    after = t.test(i + 1, _letter) and (
        t.test(i + 2, _letter) or (t.char(i + 2) == '-' and t.test(i + 3, _letter)))
    return before and after


def _next_chunk(t, start):
    # The end of the chunk starting at start (a non-empty text).
    text = t.text
    if text[start] in _SPACE:
        end = start
        while end < len(text) and text[end] in _SPACE:
            end += 1
        return end
    if t.test(start - 1, _word_punct) and t.dashes_then_word(start):
        end = start
        while text[end] == '-':
            end += 1
        return end
    # The shortest word that ends before a hyphenation point, whitespace, the end of the
    # text or an em-dash.
    end = start + 1
    while True:
        if _hyphen_break(t, end):
            return end + 1
        if end == len(text) or text[end] in _SPACE:
            return end
        if t.test(end - 1, _word_punct) and t.dashes_then_word(end):
            return end
        end += 1


def _chunks_with_hyphens(text):
    t = _Text(text)
    chunks = []
    start = 0
    while start < len(text):
        end = _next_chunk(t, start)
        chunks.append(text[start:end])
        start = end
    return chunks


def _chunks_at_spaces(text):
    # Runs of whitespace and runs of anything else, alternately.
    chunks = []
    start = 0
    while start < len(text):
        space = text[start] in _SPACE
        end = start + 1
        while end < len(text) and (text[end] in _SPACE) == space:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


def _blank(chunk):
    return chunk.strip() == ''


class TextWrapper:
    """Wraps and fills text: wrap() gives the lines, fill() joins them; the options are attributes."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        if self.break_on_hyphens is True:
            return _chunks_with_hyphens(text)
        return _chunks_at_spaces(text)

    def _fix_sentence_endings(self, chunks):
        """Make sure there are two spaces after each sentence end."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk longer than the room left on the line."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # The word goes alone on a line, unbroken.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Rather after the last hyphen that fits, when something else precedes it.
            hyphen = word.rfind('-', 0, room)
            if hyphen > 0 and word[:hyphen].strip('-'):
                cut = hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_room(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of chunks into lines of at most self.width characters."""
        self._check_room()
        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and _blank(chunks[-1]):
                # No line starts with whitespace, except the first.
                del chunks[-1]
            line, size = self._take_line(chunks, width)
            if not line:
                continue
            if self._fits_max_lines(lines, chunks, size, width):
                lines.append(indent + ''.join(line))
            else:
                self._end_with_placeholder(lines, line, size, indent, width)
                break
        return lines

    def _take_line(self, chunks, width):
        # The chunks of the next line (and their total length), taken from the end of chunks.
        line, size = [], 0
        while chunks and size + len(chunks[-1]) <= width:
            size += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            self._handle_long_word(chunks, line, size, width)
            size = sum(map(len, line))
        if self.drop_whitespace and line and _blank(line[-1]):
            size -= len(line[-1])
            del line[-1]
        return line, size

    def _fits_max_lines(self, lines, chunks, size, width):
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # The last allowed line: it is complete when nothing (or only dropped whitespace)
        # remains after it, and it fits.
        rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
        return rest_empty and size <= width

    def _end_with_placeholder(self, lines, line, size, indent, width):
        mark = self.placeholder
        while line:
            if line[-1].strip() and size + len(mark) <= width:
                lines.append(indent + ''.join(line) + mark)
                return
            size -= len(line[-1])
            del line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _indentation(line):
    # The leading spaces and tabs of a line.
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Remove any common leading whitespace from every line in text."""
    # Lines are separated by '\n' only; lines of spaces and tabs only become empty and do
    # not count towards the margin.
    lines = text.split('\n')
    lines = ['' if line and not line.strip(' \t') else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _indentation(line)
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            common = 0
            while common < min(len(margin), len(lead)) and margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        predicate = str.strip
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
`;
