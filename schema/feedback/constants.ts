/** What a resident or staff member can report about a service in the catalogue. */
export const serviceReportKinds = [
  'wrong_hours',
  'wrong_phone',
  'wrong_address',
  'service_ended',
  'other',
] as const;
export type ServiceReportKind = (typeof serviceReportKinds)[number];

/** Feedback on tarjotin itself; accessibility feedback must be answered (Act 306/2019, s. 11). */
export const siteFeedbackTopics = ['general', 'accessibility'] as const;
export type SiteFeedbackTopic = (typeof siteFeedbackTopics)[number];

export const feedbackStatuses = ['open', 'resolved'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];
