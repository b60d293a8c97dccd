/**
 * textwrap: wrapping and filling text (TextWrapper, wrap, fill, shorten, dedent, indent).
 * CPython 3.11: Lib/textwrap.py (documented behaviour). CPython splits text into chunks with a
 * regular expression (words, whitespace runs, hyphenated word parts, em-dashes); there is no re
 * module here, so _split scans the text by hand and yields the same chunks.
 */
export const source = String.raw`"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word_char(c):
    # \w of a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c in _WORD_PUNCT or _is_word_char(c)


def _dash_run_then_word(text, j):
    # text[j:] is two or more hyphens followed by a word character.
    k = j
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word_char(text[k])


def _split_hyphenated(text):
    """The chunks of text: whitespace runs, em-dashes between words, and words, split after the hyphens of hyphenated words (what CPython's wordsep_re gives)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash (two or more hyphens) between a word and a word character.
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while j < n and text[j] == '-':
                j += 1
            # The greedy run must leave a word character after it.
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends at a hyphen of a
        # hyphenated word, at whitespace or the end, or before an em-dash.
        j = i + 1
        while True:
            if j < n and text[j] == '-' and (
                    (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or
                    (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))):
                # Lookahead: a letter, an optional hyphen, a letter.
                k = j + 1
                if k < n and _is_letter(text[k]):
                    k += 1
                    if k < n and text[k] == '-':
                        k += 1
                    if k < n and _is_letter(text[k]):
                        j += 1
                        break
                    k = j + 2
                    if k < n and _is_letter(text[k]):
                        j += 1
                        break
            if j >= n or text[j] in _WHITESPACE:
                break
            if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # Words and whitespace runs.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _is_sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
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
        """_munge_whitespace(text : string) -> string"""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """_split(text : string) -> [string]"""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """_fix_sentence_endings(chunks : [string])"""
        i = 0
        while i < len(chunks)-1:
            if chunks[i+1] == " " and _is_sentence_end(chunks[i]):
                chunks[i+1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """_handle_long_word(chunks : [string], cur_line : [string], cur_len : int, width : int)"""
        # At least one character goes on each line.
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to break after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]

        elif not cur_line:
            # The word goes whole on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """_wrap_chunks(chunks : [string]) -> [string]"""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # The chunks are consumed from the end of the reversed list.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            # Whitespace at the start of a line (after the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            # A chunk too long for any line is broken (or placed alone).
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of a line is dropped.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and
                     len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder.
                    while cur_line:
                        if (cur_line[-1].strip() and
                            cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)


    def wrap(self, text):
        """wrap(text : string) -> [string]"""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string"""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in 'text'."""
    lines = text.split('\n')
    margin = None
    for index, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            # A line of only spaces and tabs becomes empty.
            if line:
                lines[index] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # The longest common prefix of the two indents.
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
`;
