import { use, useEffect, useSyncExternalStore } from 'react'
import { isCustomModel } from '../domain/scene/types'
import { useModelLibraryLoader } from '../store/modelLibrary'
import { useEditor } from '../store/useEditor'
import { loadOnce } from './loadOnce'

/**
 * Which imported models this scene uses that this browser does not have: a shared link carries only each
 * model's name and size, so they show as boxes until the maker imports the same files here.
 */
export default function MissingModels() {
  const library = use(loadOnce(useModelLibraryLoader()))
  useSyncExternalStore(library.subscribe, library.list)
  const props = useEditor((s) => s.scene.props)
  const missing = new Map<string, string>()
  for (const p of props)
    if (isCustomModel(p) && !library.get(p.model.id)) missing.set(p.model.id, p.model.name)
  const wanted = [...missing.keys()].join(' ')
  // Stored models are read on demand: ask for these once, and the list updates when they arrive.
  useEffect(() => {
    for (const id of wanted.split(' ').filter(Boolean)) void library.load(id)
  }, [library, wanted])
  if (missing.size === 0) return null
  return (
    <p className="missing-models" role="status">
      Models not in this browser, shown as boxes: {[...missing.values()].join(', ')}
    </p>
  )
}
