/**
 * The outline of articles and sections: a keyboard-navigable tree (Up/Down, Left/Right to collapse and
 * expand, Home/End, Enter to jump). Changed sections and their articles carry a marker. Only expanded
 * articles render their sections, so the tree stays light on the 500-section constitution.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useStore } from '../state/store';
import { diffStore } from '../state/diff-store';
import { cursorStore } from '../state/cursor-store';
import { editorController } from '../editor/editor-controller';
import { groupOutline, currentEntryId, type OutlineArticle } from '../editor/outline-model';

interface VisibleItem {
  readonly id: string;
  readonly level: 1 | 2;
  readonly parentId?: string;
  readonly line: number;
}

export function OutlinePanel(): ReactElement {
  const outline = useStore(diffStore, (state) => state.outline);
  const changedIds = useStore(diffStore, (state) => state.changedIds);
  const cursorLine = useStore(cursorStore, (state) => state.line);
  const articles = useMemo(() => groupOutline(outline), [outline]);
  const currentId = useMemo(() => currentEntryId(outline, cursorLine), [outline, cursorLine]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const treeRef = useRef<HTMLUListElement>(null);

  const visible = useMemo(() => visibleItems(articles, expanded), [articles, expanded]);
  const tabStop = focusId ?? currentId ?? visible[0]?.id;

  const focusItem = (id: string | undefined): void => {
    if (id === undefined) return;
    setFocusId(id);
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus());
  };
  const toggle = (articleId: string, open?: boolean): void => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(articleId)) next.add(articleId);
      else next.delete(articleId);
      return next;
    });
  };
  const jump = (item: VisibleItem): void => editorController.revealLine(item.line);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = visible.findIndex((item) => item.id === tabStop);
    const item = visible[index];
    if (item === undefined) return;
    if (event.key === 'Tab' && !event.shiftKey) {
      // Focus moves on to the text (default action): let it arrive at the entry chosen here.
      if (!containsEntry(item.id, currentId)) editorController.revealLine(item.line, false);
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusItem(visible[index + 1]?.id),
      ArrowUp: () => focusItem(visible[index - 1]?.id),
      Home: () => focusItem(visible[0]?.id),
      End: () => focusItem(visible[visible.length - 1]?.id),
      ArrowRight: () => {
        if (item.level === 1 && !expanded.has(item.id)) toggle(item.id, true);
        else if (item.level === 1) focusItem(visible[index + 1]?.id);
      },
      ArrowLeft: () => {
        if (item.level === 1) toggle(item.id, false);
        else focusItem(item.parentId);
      },
      Enter: () => jump(item),
      ' ': () => (item.level === 1 ? toggle(item.id) : jump(item)),
    };
    const action = keys[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };

  if (articles.length === 0) {
    return (
      <nav className="outline" aria-label="Outline">
        <p className="muted small">The outline appears when an edition is open.</p>
      </nav>
    );
  }
  return (
    <nav className="outline" aria-label="Outline">
      <h2 className="panel-title" id="outline-title">
        Outline
      </h2>
      <ul role="tree" aria-labelledby="outline-title" className="outline-tree" ref={treeRef} onKeyDown={onKeyDown}>
        {articles.map((article) => (
          <ArticleItem
            key={article.id}
            article={article}
            open={expanded.has(article.id)}
            changedIds={changedIds}
            currentId={currentId}
            tabStop={tabStop}
            onToggle={() => toggle(article.id)}
            onFocusItem={setFocusId}
            onJump={(line) => editorController.revealLine(line)}
          />
        ))}
      </ul>
    </nav>
  );
}

interface ArticleItemProps {
  readonly article: OutlineArticle;
  readonly open: boolean;
  readonly changedIds: ReadonlySet<string>;
  readonly currentId: string | undefined;
  readonly tabStop: string | undefined;
  onToggle(): void;
  onFocusItem(id: string): void;
  onJump(line: number): void;
}

function ArticleItem(props: ArticleItemProps): ReactElement {
  const { article, open, changedIds, currentId, tabStop } = props;
  const changed = changedIds.has(article.id) || article.sections.some((section) => changedIds.has(section.id));
  return (
    <li
      role="treeitem"
      aria-expanded={open}
      aria-label={`${article.label}${article.title === undefined ? '' : ` ${article.title}`}${changed ? ', changed' : ''}`}
      data-id={article.id}
      tabIndex={tabStop === article.id ? 0 : -1}
      className="outline-article"
      onFocus={(event) => {
        if (event.target === event.currentTarget) props.onFocusItem(article.id);
      }}
    >
      <div
        className={`outline-row level-1${currentId === article.id ? ' current' : ''}`}
        onClick={() => {
          props.onToggle();
          props.onFocusItem(article.id);
        }}
      >
        <span className="twisty" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="outline-label">{article.label}</span>
        {article.title !== undefined && <span className="outline-title">{article.title}</span>}
        {changed && <span className="changed-dot" aria-hidden="true" title="Changed" />}
      </div>
      {open && (
        <ul role="group">
          {article.sections.map((section) => {
            const sectionChanged = changedIds.has(section.id);
            return (
              <li
                key={section.id}
                role="treeitem"
                aria-label={`${article.label}, ${section.label}${sectionChanged ? ', changed' : ''}`}
                aria-current={currentId === section.id ? 'location' : undefined}
                data-id={section.id}
                tabIndex={tabStop === section.id ? 0 : -1}
                className={`outline-row level-2${currentId === section.id ? ' current' : ''}`}
                onFocus={() => props.onFocusItem(section.id)}
                onClick={() => props.onJump(section.line)}
              >
                <span className="outline-label">{section.label}</span>
                {sectionChanged && <span className="changed-dot" aria-hidden="true" title="Changed" />}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

/** Whether the caret's entry `currentId` is the entry `id` or one of its sections. */
function containsEntry(id: string, currentId: string | undefined): boolean {
  return currentId !== undefined && (currentId === id || currentId.startsWith(`${id}/`));
}

function visibleItems(articles: readonly OutlineArticle[], expanded: ReadonlySet<string>): VisibleItem[] {
  const items: VisibleItem[] = [];
  for (const article of articles) {
    items.push({ id: article.id, level: 1, line: article.line });
    if (!expanded.has(article.id)) continue;
    for (const section of article.sections)
      items.push({ id: section.id, level: 2, parentId: article.id, line: section.line });
  }
  return items;
}
