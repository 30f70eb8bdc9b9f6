/**
 * Minifies the CSS inside Lit `css` tagged templates (terser leaves template text alone): drops
 * comments and collapses whitespace. Conservative on purpose: spaces before `:` and around `+`,
 * `-`, `~` stay (descendant combinators before `:is()`, `calc()`), and the templates here have no
 * interpolations; one with `${` is left untouched.
 */
export function minifyCssTemplates({ include = /\.styles\.[jt]s$/ } = {}) {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      let changed = false;
      const out = code.replace(/\bcss\s*`([^`]*)`/g, (whole, text) => {
        if (text.includes('${')) return whole;
        changed = true;
        const min = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
