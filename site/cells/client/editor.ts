/**
 * A cell's editor: CodeMirror 6 with Python highlighting and indentation; Shift+Enter (or
 * Ctrl+Enter) runs the cell. Loaded when the reader points at or presses on a cell's code, or in
 * the background once the kernel is ready and the first runs are over (boot.ts).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { pythonLanguage } from '@codemirror/lang-python';
import { HighlightStyle, LanguageSupport, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, drawSelection, keymap } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/** Colours are CSS variables (site/styles/cells.css), so the editor follows the colour scheme. */
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.operatorKeyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword], color: 'var(--pycell-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--pycell-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--pycell-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--pycell-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: 'var(--pycell-function)' },
  { tag: [t.className, t.definition(t.className), t.standard(t.variableName)], color: 'var(--pycell-class)' },
  { tag: [t.operator], color: 'var(--pycell-keyword)' },
]);

export interface EditorHandlers {
  onChange: (source: string) => void;
  onRun: () => void;
}

export interface CellEditor {
  setSource(source: string): void;
  focus(): void;
}

export function mountEditor(parent: HTMLElement, source: string, h: EditorHandlers): CellEditor {
  const run = (): boolean => {
    h.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: source.replace(/\n$/, ''),
      extensions: [
        new LanguageSupport(pythonLanguage),
        syntaxHighlighting(highlight),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of('    '),
        EditorState.tabSize.of(4),
        keymap.of([{ key: 'Shift-Enter', run }, { key: 'Mod-Enter', run }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) h.onChange(u.state.doc.toString() + '\n');
        }),
      ],
    }),
  });
  return {
    setSource(s: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s.replace(/\n$/, '') } });
    },
    focus: () => view.focus(),
  };
}
