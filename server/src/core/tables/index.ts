// Tables: whitespace-aligned and pipe tables -> cells with row and column headers.
import type { Table } from "../model";
import type { TextDocumentModel } from "../document";

export function findTables(_doc: TextDocumentModel): Table[] {
  return [];
}
