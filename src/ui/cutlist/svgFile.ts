const SVG_NS = 'http://www.w3.org/2000/svg'
/** Rules for the drawing itself; the page-layout class (cut-diagram) stays behind. */
const DRAWING_CLASS = '.diagram-svg'

/**
 * A rendered diagram as a standalone .svg file: its styles embedded (the page's stylesheet does not travel with
 * it) and its size set in millimetres from the viewBox, so Inkscape or a browser shows and prints it at real size.
 */
export function svgFileText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const [, , width, height] = (copy.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number)
  if (width && height) {
    copy.setAttribute('width', `${width}mm`)
    copy.setAttribute('height', `${height}mm`)
  } else {
    copy.removeAttribute('width')
  }
  copy.removeAttribute('preserveAspectRatio')
  copy.classList.remove('cut-diagram')
  const style = svg.ownerDocument.createElementNS(SVG_NS, 'style')
  style.textContent = drawingRules(svg.ownerDocument)
  const desc = copy.querySelector('desc')
  copy.insertBefore(style, desc ? desc.nextSibling : copy.firstChild)
  let text = new XMLSerializer().serializeToString(copy)
  // An <svg> serialized from inside an HTML page may come out without its namespace; a file must declare it.
  if (!/^<svg[^>]*\sxmlns="/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`
}

/**
 * The diagram rules as the page loaded them (diagrams.css, wherever the bundler put it), read back from the
 * stylesheets so the file and the screen never drift apart.
 */
function drawingRules(doc: Document): string {
  const rules: string[] = []
  for (const sheet of Array.from(doc.styleSheets)) {
    let list: CSSRuleList
    try {
      list = sheet.cssRules
    } catch {
      continue // a cross-origin stylesheet: not ours
    }
    for (const rule of Array.from(list)) {
      if ('selectorText' in rule && String(rule.selectorText).includes(DRAWING_CLASS))
        rules.push(rule.cssText)
    }
  }
  return rules.join('\n')
}
