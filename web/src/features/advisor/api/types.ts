import type { components } from '@/lib/api/schema';

// Named after the server's schemas, so a changed contract breaks the type-check.
export type Chat = components['schemas']['Chat'];
export type ChatList = components['schemas']['ChatList'];
export type ChatTranscript = components['schemas']['ChatTranscript'];
export type ChatMessage = components['schemas']['ChatMessage'];
export type Citation = components['schemas']['Citation'];
export type Fact = components['schemas']['Fact'];
export type AskRequest = components['schemas']['AskRequest'];
/** A call an answer makes on one asset (a `signal` event, and `signals` of a kept answer). */
export type Signal = components['schemas']['Signal'];
export type Stance = Signal['stance'];
/** The shadow portfolio: the calls the user tracks and their record. */
export type ShadowReport = components['schemas']['Report'];
export type CallOutcome = components['schemas']['CallOutcome'];
export type Scorecard = components['schemas']['Scorecard'];
export type HorizonRecord = components['schemas']['HorizonRecord'];
export type CalibrationBand = components['schemas']['CalibrationBand'];
export type CurvePoint = components['schemas']['CurvePoint'];
export type TrackCallRequest = components['schemas']['TrackCallRequest'];
export type FactUnit = Citation['unit'];
export type MessageStatus = ChatMessage['status'];

/** The `done` event: the answer is written to the end and kept. */
export interface AnswerDone {
  messageId: string;
  status: MessageStatus;
  /** `offline` (written from market data, no AI model) or the model's name; '' when unknown. */
  mode: string;
  /** `en` or `ko`; '' when unknown. */
  language: string;
}

/** The `error` event: the answer broke off; what was written is kept (status INTERRUPTED). */
export interface AnswerFailure {
  messageId: string;
  code: string;
  detail: string;
  requestId: string;
}

/** How an answer's stream ended. */
export type AnswerEnd = ({ kind: 'done' } & AnswerDone) | ({ kind: 'error' } & AnswerFailure);

/** What the advisor knows of the user: experience, tolerance and assets followed, each sourced. */
export type AdvisorProfile = components['schemas']['AdvisorProfile'];
export type ProfileEdit = components['schemas']['ProfileEdit'];
export type Experience = AdvisorProfile['experience']['value'];
export type Tolerance = AdvisorProfile['tolerance']['value'];
export type TraitSource = AdvisorProfile['assetsSource'];
export type Evidence = components['schemas']['Evidence'];
export type AssetInterest = components['schemas']['AssetInterest'];
