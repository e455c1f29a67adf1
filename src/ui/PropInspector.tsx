import { familyOf } from '../domain/catalog'
import type { ParamSpec } from '../domain/catalog/types'
import { paramIssues } from '../domain/catalog/validateParams'
import { propSize } from '../domain/scene/propGeometry'
import { reachProblem } from '../domain/scene/reach'
import { isCustomModel, type Prop, type Scene } from '../domain/scene/types'
import { toPrototypeMm, type ModelScale } from '../domain/units/scale'
import { formatModel, formatReal, type UnitSystem } from '../domain/units/unitSystem'
import { roundTo } from '../domain/units/vec'
import { useEditor, useEditorStore } from '../store/useEditor'
import { ModelFields } from './ModelFields'
import { NameField } from './NameField'
import { NumberField } from './NumberField'
import { Slider } from './Slider'
import { SurfaceFields } from './SurfaceFields'

const real = (mm: number, scale: ModelScale, units: UnitSystem) =>
  `≈ ${formatReal(toPrototypeMm(mm, scale), units)} real`
const AXES = ['x', 'y', 'z'] as const
const AXIS_LABEL = { x: 'X', y: 'Y (up)', z: 'Z' } as const

/** The selected prop's fields; loaded with the first selection, so the first frame does not wait for it. */
export default function PropInspector({ prop, scene }: { readonly prop: Prop; readonly scene: Scene }) {
  const store = useEditorStore()
  const family = familyOf(prop.kind)
  const size = propSize(prop)
  const { scale, base } = scene
  const units = useEditor((s) => s.units)
  const readOnly = useEditor((s) => s.readOnly)
  const edit = store.getState()
  return (
    <fieldset className="inspector-body" disabled={readOnly}>
      <p className="kind">{family?.label ?? (isCustomModel(prop) ? 'Imported model' : prop.kind)}</p>
      <NameField
        value={prop.name ?? ''}
        placeholder={family?.label ?? ''}
        onCommit={(n) => edit.rename(prop.id, n)}
      />
      <h3>Size</h3>
      <dl className="size" aria-label="Size">
        {AXES.map((a) => (
          <div key={a}>
            <dt>{a === 'x' ? 'Width' : a === 'y' ? 'Height' : 'Depth'}</dt>
            <dd>
              {formatModel(size[a], units)} <span className="real">{real(size[a], scale, units)}</span>
            </dd>
          </div>
        ))}
      </dl>
      {isCustomModel(prop) && <ModelFields prop={prop} />}
      {family && <h3>Parameters</h3>}
      {family &&
        (Object.entries(family.params) as [string, ParamSpec][]).map(([name, spec]) => {
          const value = prop.params[name] ?? spec.default
          const problem = (v: number) => paramIssues(family, { ...prop.params, [name]: v })[0]?.message
          return spec.unit === 'ratio' ? (
            <Slider
              key={name}
              label={spec.label}
              value={value}
              min={spec.min}
              max={spec.max}
              format={(v) => `${Math.round(v * 100)} %`}
              onCommit={(v) => {
                const why = problem(v)
                if (why) edit.notify({ level: 'warning', text: `${spec.label}: ${why}` })
                else edit.setParam(prop.id, name, v)
              }}
            />
          ) : (
            <NumberField
              key={name}
              label={spec.label}
              value={value}
              unit={spec.unit === 'mm' ? 'mm' : undefined}
              step={spec.unit === 'mm' ? 0.1 : 1}
              hint={spec.unit === 'mm' ? real(value, scale, units) : undefined}
              onCommit={(v) => problem(v) ?? void edit.setParam(prop.id, name, v)}
            />
          )
        })}
      <SurfaceFields prop={prop} />
      <h3>Position</h3>
      {AXES.map((a) => (
        <NumberField
          key={a}
          label={`Position ${AXIS_LABEL[a]}`}
          value={roundTo(prop.position[a], 3)}
          unit="mm"
          step={1}
          hint={real(prop.position[a], scale, units)}
          onCommit={(v) =>
            reachProblem(base, a, v) ?? void edit.moveProp(prop.id, { ...prop.position, [a]: v })
          }
        />
      ))}
      <h3>Rotation</h3>
      {AXES.map((a) => (
        <NumberField
          key={a}
          label={`Rotation ${AXIS_LABEL[a]}`}
          value={prop.rotation[a]}
          unit="°"
          step={15}
          onCommit={(v) =>
            Math.abs(v) > 360
              ? 'must be between -360 and 360'
              : void edit.rotateProp(prop.id, { ...prop.rotation, [a]: v })
          }
        />
      ))}
    </fieldset>
  )
}
