/** The part of the Khronos validator's API the tests use (the package ships no types). */
declare module 'gltf-validator' {
  interface ValidationReport {
    readonly issues: {
      readonly numErrors: number
      readonly numWarnings: number
      readonly messages: readonly {
        readonly code: string
        readonly message: string
        readonly pointer?: string
      }[]
    }
    readonly info?: { readonly totalVertexCount?: number; readonly totalTriangleCount?: number }
  }
  const validator: {
    validateBytes(data: Uint8Array, options?: { readonly uri?: string }): Promise<ValidationReport>
    version(): string
  }
  export default validator
}
