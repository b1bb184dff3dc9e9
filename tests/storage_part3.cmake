# Storage of the data model (part 3): interview council sessions (with the council file writer)
# and the participants of a campaign.
danhgia_add_test(NAME test_council_writer SOURCES TestCouncilWriter.cpp CouncilTestSupport.h ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_council_store SOURCES TestCouncilStore.cpp CouncilTestSupport.h ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_council_agreement SOURCES TestCouncilAgreement.cpp CouncilTestSupport.h ScoringFixtures.h LABELS unit)
danhgia_add_test(NAME test_campaign_participants SOURCES TestCampaignParticipants.cpp LABELS unit)
