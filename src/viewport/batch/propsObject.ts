/**
 * The name of the three.js object that draws every prop (a BatchedMesh). Its userData.propAt(instance) says
 * which prop an instance belongs to, for code outside the props' chunk (the probe) that must not import it.
 */
export const PROPS_OBJECT = 'props'
