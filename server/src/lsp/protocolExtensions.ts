// Custom messages beyond LSP, used by the VS Code client's views (other clients may ignore them).
import { NotificationType, RequestType } from "vscode-languageserver";

export interface FileProgress { uri: string; claims: number; reviewed: number; disputed: number; orphans: number }
export const progressNotification = new NotificationType<FileProgress>("seedReview/progress");

export interface ReviewTreeClaim { text: string; range: import("vscode-languageserver").Range; kind: string; tag: string | null; note?: string }
export interface ReviewTreeArticle { title: string; range: import("vscode-languageserver").Range; claims: ReviewTreeClaim[] }
export const reviewTreeRequest = new RequestType<{ uri: string }, ReviewTreeArticle[], void>("seedReview/reviewTree");

export interface FigureRow { uri: string; file: string; article: string; text: string; value: number | null; unit: string | null; dimension: string; range: import("vscode-languageserver").Range }
export const figuresRequest = new RequestType<{ filter?: string }, FigureRow[], void>("seedReview/figures");

export interface UnreviewedClaimParams { uri: string; position: import("vscode-languageserver").Position; direction: 1 | -1; inclusive?: boolean }
export const unreviewedClaimRequest = new RequestType<UnreviewedClaimParams, import("vscode-languageserver").Range | null, void>("seedReview/unreviewedClaim");
