/**
 * An element as a console warning names it, so that an agency finds it in the page's source:
 * `<div id="page">`, else `<div class="site-wrapper">`, else `<body>`.
 */
export function openingTag(element: Element): string {
  const id = element.id ? ` id="${element.id}"` : '';
  const classes = !id && element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : '';
  return `<${element.localName}${id || classes}>`;
}
