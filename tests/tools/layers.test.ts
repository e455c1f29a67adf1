import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layer rule: ui/viewport -> store -> domain', () => {
  it('refuses React, three and zustand in domain/', async () => {
    const code =
      "import { useState } from 'react'\nimport * as THREE from 'three'\nimport { create } from 'zustand'\nexport const x = [useState, THREE, create]\n"
    const found = await restrictedImports('src/domain/scene/probe.ts', code)
    expect(found).toHaveLength(3)
    expect(found[0]).toContain('domain is plain TypeScript')
  })

  it('refuses an upward import from domain/ and store/', async () => {
    expect(
      await restrictedImports('src/domain/probe.ts', "export { x } from '../store/editorStore'\n"),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/store/probe.ts', "export { Palette } from '../ui/Palette'\n"),
    ).toHaveLength(1)
    expect(
      await restrictedImports('src/ui/probe.ts', "export { Viewport } from '../viewport/Viewport'\n"),
    ).toHaveLength(1)
  })

  it('allows the downward imports', async () => {
    expect(
      await restrictedImports('src/ui/probe.ts', "export { useEditor } from '../store/useEditor'\n"),
    ).toEqual([])
    expect(
      await restrictedImports(
        'src/store/probe.ts',
        "export { parseScene } from '../domain/schema/parseScene'\n",
      ),
    ).toEqual([])
  })
})
