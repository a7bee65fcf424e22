export { parseParticipantsCsv, parseParticipantsText, type Participant } from './participants.ts'
export { drawTeams, type Role, type Team, type TeamMember, type TeamSpec, type TeamsResult } from './teams.ts'
export { drawTables, tableCount, type Table, type TablesResult } from './tables.ts'
export { drawPairs, followUpGroups, type Month, type PairsOptions, type PairsResult, type Visit } from './pairs.ts'
