/**
 * Self-test of the harness, independent of the app: a tiny page on a fake origin (served by page.route, no
 * server or network) proves that this Chromium gives us WebGL2 with our flags and that the pixel helpers
 * tell a drawn triangle from a cleared canvas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  canvasPixels,
  closeBrowser,
  diffCount,
  isBlank,
  newSession,
  pixelStats,
  type AppSession,
  type Image,
} from './harness'

const ORIGIN = 'http://harness-selftest.localhost'

// Clears to teal (0.1, 0.5, 0.6) and, unless ?clear, draws one orange triangle. Sets document.title when done.
// No preserveDrawingBuffer, like R3F's default: the screenshot must still see the presented frame.
const PAGE = `<!doctype html>
<html><head><style>html,body{margin:0;background:#000}canvas{display:block}</style></head>
<body><canvas width="320" height="240"></canvas><script>
const canvas = document.querySelector('canvas')
const gl = canvas.getContext('webgl2', { antialias: false, preserveDrawingBuffer: false })
window.webgl2 = !!gl
if (gl) {
  const ext = gl.getExtension('WEBGL_debug_renderer_info')
  window.renderer = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)
  gl.clearColor(0.1, 0.5, 0.6, 1)
  gl.clear(gl.COLOR_BUFFER_BIT)
  if (!location.search.includes('clear')) {
    const compile = (type, src) => {
      const s = gl.createShader(type)
      gl.shaderSource(s, src)
      gl.compileShader(s)
      return s
    }
    const program = gl.createProgram()
    gl.attachShader(program, compile(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 p;void main(){gl_Position=vec4(p,0.,1.);}'))
    gl.attachShader(program, compile(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float;out vec4 c;void main(){c=vec4(1.,.5,0.,1.);}'))
    gl.linkProgram(program)
    window.linked = gl.getProgramParameter(program, gl.LINK_STATUS)
    gl.useProgram(program)
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer())
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-0.8, -0.8, 0.8, -0.8, 0, 0.8]), gl.STATIC_DRAW)
    gl.enableVertexAttribArray(0)
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0)
    gl.drawArrays(gl.TRIANGLES, 0, 3)
  }
  gl.finish()
}
requestAnimationFrame(() => requestAnimationFrame(() => { document.title = 'ready' }))
</script></body></html>`

async function openSelfTest(query: string): Promise<AppSession> {
  const session = await newSession(ORIGIN)
  await session.context.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }),
  )
  // Anything else (e.g. the probe below) gets a canned answer: the tests never touch the network.
  await session.context.route(
    (url) => url.origin !== ORIGIN,
    (route) => route.fulfill({ status: 204 }),
  )
  await session.page.goto(`${ORIGIN}/${query}`)
  await session.page.waitForFunction('document.title === "ready"', undefined, {
    timeout: 30_000,
    polling: 100,
  })
  return session
}

describe('e2e harness self-test', () => {
  let triangle: AppSession
  let cleared: AppSession
  let triangleImg: Image
  let clearedImg: Image

  beforeAll(async () => {
    triangle = await openSelfTest('?triangle')
    cleared = await openSelfTest('?clear')
    triangleImg = await canvasPixels(triangle.page)
    clearedImg = await canvasPixels(cleared.page)
  })

  afterAll(async () => {
    await triangle?.close()
    await cleared?.close()
    await closeBrowser()
  })

  it('has WebGL2 with the SwiftShader flags', async () => {
    expect(await triangle.page.evaluate('window.webgl2')).toBe(true)
    expect(await triangle.page.evaluate('window.linked')).toBe(true)
    const renderer = await triangle.page.evaluate<string>('String(window.renderer)')
    console.log(`[harness] WebGL2 renderer: ${renderer}`)
    expect(renderer).toMatch(/swiftshader/i)
  })

  it('screenshots the canvas at its CSS size', () => {
    expect(triangleImg.width).toBe(320)
    expect(triangleImg.height).toBe(240)
    expect(triangleImg.data.length).toBe(320 * 240 * 4)
  })

  it('calls a cleared canvas blank, with the clear colour', () => {
    expect(isBlank(clearedImg)).toBe(true)
    const stats = pixelStats(clearedImg)
    expect(stats.distinctColours).toBe(1)
    expect(stats.variance).toBeLessThan(0.01)
    expect(stats.mean[0]).toBeCloseTo(0.1 * 255, -1)
    expect(stats.mean[1]).toBeCloseTo(0.5 * 255, -1)
    expect(stats.mean[2]).toBeCloseTo(0.6 * 255, -1)
  })

  it('does not call the triangle blank', () => {
    expect(isBlank(triangleImg)).toBe(false)
    const stats = pixelStats(triangleImg)
    expect(stats.distinctColours).toBeGreaterThanOrEqual(2)
    expect(stats.variance).toBeGreaterThan(100)
    // The centre is inside the triangle: orange.
    const centre = pixelStats(triangleImg, { x: 150, y: 110, width: 20, height: 20 })
    expect(centre.distinctColours).toBe(1)
    expect(centre.mean[0]).toBeGreaterThan(240)
    expect(centre.mean[1]).toBeCloseTo(128, -1)
    expect(centre.mean[2]).toBeLessThan(15)
    // A corner is outside it: the clear colour, same as the cleared canvas there.
    const corner = { x: 0, y: 0, width: 20, height: 20 }
    expect(pixelStats(triangleImg, corner).mean).toEqual(pixelStats(clearedImg, corner).mean)
  })

  it('counts the differing pixels: about the triangle area', () => {
    expect(diffCount(triangleImg, triangleImg, 0)).toBe(0)
    const differing = diffCount(triangleImg, clearedImg, 16)
    // Triangle in NDC (-0.8,-0.8) (0.8,-0.8) (0,0.8): half of 0.8 x 0.8 of the canvas = 32% of 76 800 px.
    expect(differing / (320 * 240)).toBeGreaterThan(0.28)
    expect(differing / (320 * 240)).toBeLessThan(0.36)
    expect(() => diffCount(triangleImg, { width: 1, height: 1, data: new Uint8Array(4) })).toThrow(/size/)
  })

  it('collects console errors, page errors and requests to other origins', async () => {
    const { page, consoleErrors, externalRequests } = triangle
    expect(consoleErrors).toEqual([])
    expect(externalRequests).toEqual([])
    await page.evaluate(`(async () => {
      console.error('boom from the page')
      setTimeout(() => { throw new Error('uncaught boom') })
      await fetch('${ORIGIN}/same-origin.json')
      await fetch('data:text/plain,fine')
      await fetch(URL.createObjectURL(new Blob(['fine'])))
      await fetch('https://cdn.example.com/lib.js', { mode: 'no-cors' })
    })()`)
    await expect.poll(() => consoleErrors.length, { timeout: 10_000 }).toBe(2)
    expect(consoleErrors[0]).toBe('boom from the page')
    expect(consoleErrors[1]).toMatch(/uncaught boom/)
    expect(externalRequests).toEqual(['https://cdn.example.com/lib.js'])
  })
})
