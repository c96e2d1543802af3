// The guide's `mechanism` flag: the duty sets up or improves a mechanism, system or platform.
const BUILDS = /(建立健全|建立|健全|完善|搭建|构建|建设|打造|创新|形成)[^，。；]{0,30}?(机制|制度|体系|平台|体制)/;
const BUILT = /(机制|制度|体系|平台)建设/;

export function isMechanism(text: string): boolean {
  return BUILDS.test(text) || BUILT.test(text);
}
