import { vec3 } from '../../units/vec'
import { firstIssue } from '../issue'
import { defineProp, mm, type Part, type Piece } from '../types'

/**
 * A workshop table: a top on four square legs joined by aprons under the top. Aprons are a third of a leg
 * thick, centred on the legs. The default is 1.5 x 0.8 m and 0.75 m high at 1:35 (43 x 23 x 21.4 mm), with a
 * 35 mm top, 60 mm legs and 80 mm aprons (1, 1.7 and 2.3 mm).
 */
export const table = defineProp({
  kind: 'balsa.table',
  label: 'Table',
  material: 'balsa',
  params: {
    lengthMm: mm('Length', 43, 5, 300),
    widthMm: mm('Width', 23, 5, 300),
    heightMm: mm('Height', 21.4, 3, 200),
    topMm: mm('Top thickness', 1, 0.5, 10),
    legMm: mm('Leg size', 1.7, 0.5, 20),
    apronMm: mm('Apron height', 2.3, 0.3, 50),
  },
  size: (p) => vec3(p.lengthMm, p.heightMm, p.widthMm),
  check: (p) =>
    firstIssue([
      [2 * p.legMm >= p.widthMm, 'legMm', 'leg size must be less than half the width'],
      [2 * p.legMm >= p.lengthMm, 'legMm', 'leg size must be less than half the length'],
      [p.topMm + p.apronMm >= p.heightMm, 'apronMm', 'the apron and the top must be lower than the table'],
    ]),
  pieces: (p) => {
    const leg = p.legMm
    const legH = p.heightMm - p.topMm
    const apronY = legH - p.apronMm / 2
    const lx = p.lengthMm / 2 - leg / 2
    const lz = p.widthMm / 2 - leg / 2
    const legs = [
      [-lx, -lz],
      [lx, -lz],
      [-lx, lz],
      [lx, lz],
    ].map(([x = 0, z = 0]): Piece => ({
      shape: 'box',
      at: vec3(x, legH / 2, z),
      size: vec3(leg, legH, leg),
      grain: 'y',
    }))
    const long = (z: number): Piece => ({
      shape: 'box',
      at: vec3(0, apronY, z),
      size: vec3(p.lengthMm - 2 * leg, p.apronMm, leg / 3),
      grain: 'x',
    })
    const short = (x: number): Piece => ({
      shape: 'box',
      at: vec3(x, apronY, 0),
      size: vec3(leg / 3, p.apronMm, p.widthMm - 2 * leg),
      grain: 'z',
    })
    return [
      {
        shape: 'box',
        at: vec3(0, p.heightMm - p.topMm / 2, 0),
        size: vec3(p.lengthMm, p.topMm, p.widthMm),
        grain: 'x',
      },
      ...legs,
      long(-lz),
      long(lz),
      short(-lx),
      short(lx),
    ]
  },
  parts: (p) => {
    const apron = (label: string, lengthMm: number): Part => ({
      stock: 'balsa-strip',
      label,
      thicknessMm: p.legMm / 3,
      widthMm: p.apronMm,
      lengthMm,
      count: 2,
      grain: 'length',
    })
    return [
      {
        stock: 'balsa-sheet',
        label: 'Top',
        thicknessMm: p.topMm,
        lengthMm: p.lengthMm,
        widthMm: p.widthMm,
        count: 1,
        grain: 'length',
      },
      {
        stock: 'balsa-strip',
        label: 'Leg',
        thicknessMm: p.legMm,
        widthMm: p.legMm,
        lengthMm: p.heightMm - p.topMm,
        count: 4,
        grain: 'length',
      },
      apron('Long apron', p.lengthMm - 2 * p.legMm),
      apron('Short apron', p.widthMm - 2 * p.legMm),
    ]
  },
})
