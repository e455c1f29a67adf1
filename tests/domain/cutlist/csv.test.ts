import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectParts } from '../../../src/domain/cutlist/collectParts'
import { cutListCsv, shoppingCsv, toCsv } from '../../../src/domain/cutlist/csv'
import { DEFAULT_RATES, DEFAULT_WORKSHOP } from '../../../src/domain/cutlist/defaultWorkshop'
import { estimate } from '../../../src/domain/cutlist/estimate'
import { planCutList } from '../../../src/domain/cutlist/planCutList'
import { totalCost } from '../../../src/domain/cutlist/shoppingList'
import { QUICK, sceneOf } from './planChecks'

/** RFC 4180 read back: records end in CRLF, fields split on commas, quoted fields double their quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '"' && field === '') {
      // A quoted field runs to the next lone quote.
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote')
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (text[i] === '"') {
          i++
          break
        } else field += text[i++]
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a quote at ${i}`)
    } else if (c === ',') {
      row.push(field)
      field = ''
      i++
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`)
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 2
    } else if (c === '\n' || c === '"') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`)
    } else {
      field += c
      i++
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF')
  return rows
}

/** What a cell should read as after the formula guard. */
const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)

describe('toCsv', () => {
  it('joins cells with commas and ends every record, the last too, with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 2.5], ['']])).toBe('a,b\r\n1,2.5\r\n\r\n')
  })

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['plain text', 'Plank floor ×2', 'Plank floor ×2'],
  ])('quotes a cell with %s', (_, cell, text) => {
    expect(toCsv([[cell]])).toBe(`${text}\r\n`)
  })

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
    ['=1,2', `"'=1,2"`],
  ])('guards %j against running as a formula', (cell, text) => {
    expect(toCsv([[cell]])).toBe(`${text}\r\n`)
  })

  it('writes numbers as they are, negatives too, and leaves non-finite numbers empty', () => {
    expect(toCsv([[-5, 0.1, NaN, Infinity, 1e-7]])).toBe('-5,0.1,,,1e-7\r\n')
  })

  it('reads back as written, every cell through the formula guard', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.stringMatching(/^[=+\-@\t\r",\n a-z]{0,8}$/),
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows.map((r) => r.map(guarded)))
        },
      ),
    )
  })
})

describe('cutListCsv', () => {
  const scene = sceneOf(
    { kind: 'balsa.plank-floor', name: 'Deck, "north"' },
    { kind: 'rust.pipe', name: '=cmd|calc' },
    { kind: 'plaster.brick-wall' },
  )
  const parts = collectParts(scene, 0.1)

  it('writes one row per line under a header, sizes in mm, no inches for metric', () => {
    const rows = parseCsv(cutListCsv(parts, 'metric'))
    expect(rows[0]).toEqual([
      'Tag',
      'Part',
      'Props',
      'Material',
      'Stock',
      'Thickness (mm)',
      'Width (mm)',
      'Length (mm)',
      'Diameter (mm)',
      'Area (mm²)',
      'Volume (mm³)',
      'Count',
      'Grain',
    ])
    expect(rows.slice(1)).toEqual([
      ['A', 'Plank', 'Deck, "north"', 'balsa', 'balsa sheet', '1.5', '6', '120', '', '', '', '12', 'length'],
      ['B', 'Pipe', "'=cmd|calc", 'rust', 'metal tube', '', '', '80', '4', '', '', '1', 'none'],
      [
        'C',
        'Cast wall block (bricks scribed in)',
        'Brick wall',
        'plaster',
        'plaster',
        '',
        '',
        '',
        '',
        '',
        '11160',
        '1',
        'none',
      ],
    ])
  })

  it('adds inch columns for imperial', () => {
    const rows = parseCsv(cutListCsv(parts, 'imperial'))
    expect(rows[0]!.slice(13)).toEqual(['Thickness (in)', 'Width (in)', 'Length (in)', 'Diameter (in)'])
    // 1.5 mm ≈ 1/16 in, 6 mm ≈ 1/4 in, 120 mm ≈ 4 3/4 in; the pipe is 80 mm (3 1/8 in) of 4 mm (3/16 in).
    expect(rows[1]!.slice(13)).toEqual(['1/16 in', '1/4 in', '4 3/4 in', ''])
    expect(rows[2]!.slice(13)).toEqual(['', '', '3 1/8 in', '3/16 in'])
    expect(rows.every((r) => r.length === 17)).toBe(true)
  })

  it('quotes the raw text so spreadsheets see the guarded names', () => {
    const text = cutListCsv(parts, 'metric')
    expect(text).toContain('"Deck, ""north"""')
    expect(text).toContain(",'=cmd|calc,")
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
  })
})

describe('shoppingCsv', () => {
  it('lists the shopping, the total and the estimate, and what the stock list lacks', () => {
    const scene = sceneOf({ kind: 'balsa.plank-floor' }, { kind: 'rust.pipe', params: { diameterMm: 30 } })
    const plan = planCutList(scene, DEFAULT_WORKSHOP, QUICK)
    const quote = estimate(scene, plan, DEFAULT_RATES)
    const rows = parseCsv(shoppingCsv(plan, quote, 'USD'))
    expect(rows[0]).toEqual(['Item', 'Quantity', 'Unit price (USD)', 'Cost (USD)', 'Used (%)'])
    const line = plan.shopping[0]!
    expect(rows[1]).toEqual([line.name, '1', String(line.unitPrice), String(line.cost), String(line.usedPct)])
    expect(rows[2]).toEqual(['Total', '', '', String(totalCost(plan.shopping)), ''])
    expect(rows).toContainEqual(['Suggested price', '', String(quote.price)])
    expect(rows).toContainEqual([`Cutting (${plan.cutCount} cuts)`, String(quote.minutes.cutting), ''])
    expect(rows.slice(-2)).toEqual([
      ['Not in the stock list', 'Reason'],
      ['B', 'no metal tube near 30 mm in the stock list'],
    ])
  })

  it('has no missing-stock section when everything is supplied', () => {
    const scene = sceneOf({ kind: 'balsa.plank-floor' })
    const plan = planCutList(scene, DEFAULT_WORKSHOP, QUICK)
    const rows = parseCsv(shoppingCsv(plan, estimate(scene, plan, DEFAULT_RATES), 'EUR'))
    expect(rows.at(-1)).toEqual(['Suggested price', '', String(estimate(scene, plan, DEFAULT_RATES).price)])
    expect(rows.flat()).not.toContain('Not in the stock list')
    expect(rows[0]![2]).toBe('Unit price (EUR)')
  })
})
