/** ExcelJS's own reader of cell references, so the limits count a reference as ExcelJS will read it. */
declare module 'exceljs/lib/utils/col-cache' {
  type Address = { col?: number; row?: number };
  type Range = { top: number; left: number; bottom: number; right: number };
  const colCache: {
    decodeAddress(value: string): Address;
    decodeEx(value: string): Address | Range | { error: string };
  };
  export default colCache;
}
