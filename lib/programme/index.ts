export { programmeOrderIssues, type OrderIssue } from './order.ts'
export { projectDay, recordStart, type DayProjection, type ProjectedSlot, type RecordedStarts, type SlotState } from './project.ts'
export { BREAK_TITLE, buildSchedule, plannedLength, type Schedule, type Slot } from './schedule.ts'
export { parseProgramme, validateProgramme } from './validate.ts'
