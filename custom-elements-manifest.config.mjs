// Options for `cem analyze` (the globs and --litelement stay on the command line, package.json's
// `analyze`). The manifest is the element's public reference: Storybook's docs, editors'
// autocompletion and typings are made from it, so it lists only what a page may use.

/**
 * Leaves out members a page cannot use: TypeScript's `private` and `protected`, `#private` and
 * `_underscored` names. The analyzer itself leaves out members tagged `@internal` or `@ignore`,
 * but it keeps private ones, with `"privacy": "private"`, and Storybook lists them as properties.
 */
function publicMembersOnly() {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !/^[#_]/.test(member.name);
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    },
  };
}

export default {
  plugins: [publicMembersOnly()],
};
