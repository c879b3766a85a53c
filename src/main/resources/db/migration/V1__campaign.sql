-- Our own record of every imported campaign (plan-schedule). The primary key on campaign_id is what makes an import
-- unique across nodes: of two imports of one id, on any nodes, only one commits; the other answers 409.
-- Written in the import's transaction, with the campaign's process instance (CampaignRecords). H2 and PostgreSQL.
create table assessment_campaign (
  campaign_id         varchar(64)  not null,
  procedure_code      varchar(8)   not null,
  process_instance_id varchar(64),
  municipalities      integer      not null,
  schools             integer      not null,
  works               integer      not null,
  imported_at         timestamp    not null,
  imported_by         varchar(255),
  constraint assessment_campaign_pk primary key (campaign_id)
);
