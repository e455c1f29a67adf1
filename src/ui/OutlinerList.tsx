import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { familyOf } from '../domain/catalog'
import type { GroupId, Prop, PropGroup } from '../domain/scene/types'
import type { EditorState } from '../store/editorStore'
import { hideProps, lockProps } from '../store/propFlags'
import { useEditor, useEditorStore } from '../store/useEditor'
import { OutlinerRow } from './OutlinerRow'
import './outliner.css'

type Line =
  | { readonly kind: 'prop'; readonly prop: Prop }
  | { readonly kind: 'group'; readonly group: PropGroup; readonly members: Prop[] }

/** The scene's props in order, each group where its first prop is, with its props inside it. */
function outline(props: readonly Prop[], groups: readonly PropGroup[]): Line[] {
  const byId = new Map(
    groups.map((group) => [group.id, { kind: 'group' as const, group, members: [] as Prop[] }]),
  )
  const lines: Line[] = []
  for (const prop of props) {
    const line = prop.groupId === undefined ? undefined : byId.get(prop.groupId)
    if (!line) lines.push({ kind: 'prop', prop })
    else if (line.members.push(prop) === 1) lines.push(line)
  }
  return lines
}

const labelOf = (p: Prop) => p.name ?? familyOf(p.kind)?.label ?? p.model?.name ?? p.kind
const rowKey = (line: Line) => (line.kind === 'prop' ? `p:${line.prop.id}` : `g:${line.group.id}`)

/** The name button of the row `key` ("p:id", "g:id"). */
const rowButton = (list: HTMLElement | null, key: string) =>
  [...(list?.querySelectorAll<HTMLElement>('[data-row]') ?? [])].find((b) => b.dataset.row === key)

/**
 * The list's own arrow keys: ↑/↓ (Home/End) go from row to row, ←/→ along a row's buttons (fold, name, lock,
 * hide). Returns false for any other key.
 */
function moveFocus(list: HTMLElement, from: HTMLElement, key: string): boolean {
  const row = from.closest('.outliner-row')
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const buttons = [...(row?.querySelectorAll<HTMLElement>('button') ?? [])]
    buttons[buttons.indexOf(from) + (key === 'ArrowLeft' ? -1 : 1)]?.focus()
    return true
  }
  const rows = [...list.querySelectorAll<HTMLElement>('[data-row]')]
  const at = rows.findIndex((r) => r.closest('.outliner-row') === row)
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[key]
  if (to === undefined) return false
  rows[Math.max(0, Math.min(rows.length - 1, to))]?.focus()
  return true
}

/**
 * The outliner's list (Outliner.tsx holds its panel): the scene's props and groups, to find, select, lock,
 * hide and rename what the 3D view may hide.
 * Keyboard: every name is a Tab stop; ↑/↓, Home/End move between rows and ←/→ along a row (fold, name, lock,
 * hide); Enter or Space select (with Shift or Ctrl: add or take out); F2 renames; Escape leaves the list, so
 * the arrow keys nudge the selection again.
 */
export default function OutlinerList({ title }: { readonly title: RefObject<HTMLHeadingElement | null> }) {
  const props = useEditor((s) => s.scene.props)
  const groups = useEditor((s) => s.scene.groups)
  const selection = useEditor((s) => s.selection)
  const readOnly = useEditor((s) => s.readOnly)
  const store = useEditorStore()
  const [folded, setFolded] = useState<ReadonlySet<GroupId>>(() => new Set())
  const [renaming, setRenaming] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const focusAfter = useRef<string | null>(null)
  const lines = useMemo(() => outline(props, groups), [props, groups])
  const selected = useMemo(() => new Set(selection), [selection])

  const wholeGroup = lines.find(
    (l) =>
      l.kind === 'group' &&
      l.members.length === selection.length &&
      l.members.every((m) => selected.has(m.id)),
  )
  const single = props.find((p) => p.id === selection[0])
  const shown = single && (single.groupId === undefined || !folded.has(single.groupId))
  const renameTarget = wholeGroup
    ? rowKey(wholeGroup)
    : selection.length === 1 && shown
      ? `p:${single.id}`
      : undefined

  useEffect(() => {
    const key = focusAfter.current
    focusAfter.current = null
    if (key) rowButton(list.current, key)?.focus()
  })
  // A prop selected in the 3D view is brought into the list's sight.
  useEffect(() => {
    const id = selection[selection.length - 1]
    if (id) rowButton(list.current, `p:${id}`)?.scrollIntoView({ block: 'nearest' })
  }, [selection])

  const s = () => store.getState()
  const selectProps = (ids: readonly string[], toggle: boolean) => {
    const state = s()
    if (!toggle) return state.select(ids)
    if (ids.length === 1 && ids[0]) return state.toggleSelected(ids[0])
    if (ids.every((id) => state.selection.includes(id))) state.removeFromSelection(ids)
    else state.addToSelection(ids)
  }
  const renamed =
    (key: string, apply: (state: EditorState, name: string) => void) => (name: string | null) => {
      setRenaming(null)
      focusAfter.current = key
      if (name !== null) apply(s(), name)
    }
  const fold = (id: GroupId, open: boolean) =>
    setFolded((f) => {
      const next = new Set(f)
      if (open) next.delete(id)
      else next.add(id)
      return next
    })

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement
    if (target.tagName === 'INPUT') return
    const row = target.closest('.outliner-row')?.querySelector<HTMLElement>('[data-row]') ?? null
    const key = row?.dataset.row
    if (moveFocus(e.currentTarget, target, e.key)) {
      // handled
    } else if (target === row && (e.key === 'Enter' || e.key === ' '))
      row.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          shiftKey: e.shiftKey,
          ctrlKey: e.ctrlKey,
          metaKey: e.metaKey,
        }),
      )
    else if (e.key === 'F2' && key && !readOnly) setRenaming(key)
    else if (e.key === 'Escape') title.current?.focus()
    else return
    e.preventDefault()
  }

  /** A prop's row; a click on a grouped prop selects its group mates (`mates`), Ctrl-click the prop alone. */
  const propRow = (p: Prop, mates: readonly string[] = [p.id]) => {
    const key = `p:${p.id}`
    return (
      <li key={p.id}>
        <OutlinerRow
          rowKey={key}
          label={labelOf(p)}
          swatch={familyOf(p.kind)?.material ?? p.model?.material ?? 'plastic'}
          selected={selected.has(p.id)}
          locked={p.locked === true}
          hidden={p.hidden === true}
          readOnly={readOnly}
          renaming={renaming === key}
          onSelect={(toggle) => selectProps(toggle ? [p.id] : mates, toggle)}
          onLock={(on) => lockProps(s(), [p.id], on)}
          onHide={(on) => hideProps(s(), [p.id], on)}
          onRename={renamed(key, (state, name) => state.rename(p.id, name))}
          onStartRename={() => setRenaming(key)}
        />
      </li>
    )
  }

  return (
    <>
      <div className="outliner-tools">
        <button
          type="button"
          disabled={readOnly || !renameTarget}
          title="Rename the selected prop or group (F2 in the list, or double-click its name)"
          onClick={() => renameTarget && setRenaming(renameTarget)}
        >
          Rename
        </button>
      </div>
      <ul
        ref={list}
        aria-label="Props in the scene"
        onKeyDown={onKeyDown}
        // Space selects on key down; its key up must not click the row a second time.
        onKeyUp={(e) => e.key === ' ' && (e.target as HTMLElement).dataset.row && e.preventDefault()}
      >
        {lines.map((line) => {
          if (line.kind === 'prop') return propRow(line.prop)
          const { group, members } = line
          const ids = members.map((m) => m.id)
          const key = `g:${group.id}`
          const open = !folded.has(group.id)
          const membersId = `members-${group.id}`
          return (
            <li key={key} className="outliner-group">
              <OutlinerRow
                rowKey={key}
                label={group.name}
                swatch="group"
                selected={ids.every((id) => selected.has(id))}
                locked={members.every((m) => m.locked)}
                hidden={members.every((m) => m.hidden)}
                readOnly={readOnly}
                renaming={renaming === key}
                onSelect={(toggle) => selectProps(ids, toggle)}
                onLock={(on) => lockProps(s(), ids, on)}
                onHide={(on) => hideProps(s(), ids, on)}
                onRename={renamed(key, (state, name) => state.renameGroup(group.id, name))}
                onStartRename={() => setRenaming(key)}
                before={
                  <button
                    type="button"
                    className="row-fold"
                    aria-label={`Members of ${group.name}`}
                    aria-expanded={open}
                    aria-controls={open ? membersId : undefined}
                    tabIndex={-1}
                    onClick={() => fold(group.id, !open)}
                  />
                }
              />
              {open && (
                <ul id={membersId} aria-label={`Members of ${group.name}`}>
                  {members.map((m) => propRow(m, ids))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </>
  )
}
