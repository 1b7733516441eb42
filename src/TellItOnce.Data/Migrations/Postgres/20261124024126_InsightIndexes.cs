using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AdviceRequests_CaseId",
                table: "AdviceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_Children_AreaId_Insight",
                table: "Children",
                column: "AreaId")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "DateOfBirth", "PrimaryNeed", "CurrentSettingId", "OnSenSupport", "District" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_Insight",
                table: "Cases",
                column: "AreaId")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "ChildId", "RequestedBy", "RequestReceived", "DecisionToAssessOn", "AgreedToAssess", "FinalIssuedOn", "LatestPlanIssuedOn", "LastReviewOn", "ReviewMeetingOn", "NamedSettingId", "NextPhaseNamedOn", "CeasedOn", "CeaseReason" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_Transferred",
                table: "Cases",
                column: "AreaId",
                filter: "\"TransferredToAreaId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_CaseId_Insight",
                table: "AdviceRequests",
                column: "CaseId")
                .Annotation("Npgsql:IndexInclude", new[] { "Source", "RequestedOn", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Children_AreaId_Insight",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AreaId_Insight",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AreaId_Transferred",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_AdviceRequests_CaseId_Insight",
                table: "AdviceRequests");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_CaseId",
                table: "AdviceRequests",
                column: "CaseId");
        }
    }
}
