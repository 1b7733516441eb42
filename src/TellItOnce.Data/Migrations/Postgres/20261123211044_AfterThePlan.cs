using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AfterThePlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CeasingDecidedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CeasingDecision",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CeasingProposedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CeasingProposedReason",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MoveLearnedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MovedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferDecisionOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TransferredFromCaseId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferredOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TransferredToAreaId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TransferredToCaseId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WillReassess",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResponseWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mediations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdviserContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WantsMediation = table.Column<bool>(type: "boolean", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OutcomeNotes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mediations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalBudgetRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EducationRequested = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    HealthRequested = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    SocialCareRequested = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Arrangement = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Agreed = table.Column<bool>(type: "boolean", nullable: true),
                    EducationAgreed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    HealthAgreed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    SocialCareAgreed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    RefusalReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalBudgetRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalBudgetRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewOutcomeResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewMeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: true),
                    OutcomeText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Progress = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewOutcomeResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewOutcomeResults_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TribunalAppeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sections = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HearingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Order = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Changes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OrderCompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TribunalAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TribunalAppeals_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TransferredFromCaseId",
                table: "Cases",
                column: "TransferredFromCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_TransferredToAreaId",
                table: "Cases",
                column: "TransferredToAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CaseId",
                table: "Complaints",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Mediations_CaseId",
                table: "Mediations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalBudgetRequests_CaseId",
                table: "PersonalBudgetRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewOutcomeResults_CaseId_ReviewMeetingOn",
                table: "ReviewOutcomeResults",
                columns: new[] { "CaseId", "ReviewMeetingOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TribunalAppeals_CaseId",
                table: "TribunalAppeals",
                column: "CaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Areas_TransferredToAreaId",
                table: "Cases",
                column: "TransferredToAreaId",
                principalTable: "Areas",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Areas_TransferredToAreaId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Mediations");

            migrationBuilder.DropTable(
                name: "PersonalBudgetRequests");

            migrationBuilder.DropTable(
                name: "ReviewOutcomeResults");

            migrationBuilder.DropTable(
                name: "TribunalAppeals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TransferredFromCaseId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_TransferredToAreaId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CeasingDecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CeasingDecision",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CeasingProposedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CeasingProposedReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MoveLearnedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MovedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TransferDecisionOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TransferredFromCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TransferredOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TransferredToAreaId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TransferredToCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "WillReassess",
                table: "Cases");
        }
    }
}
