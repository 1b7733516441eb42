using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AmendmentsProposedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CeaseReason",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewDecision",
                table: "Cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDecisionOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewInvitationsSentOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewReportReceivedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmendmentsProposedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CeaseReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewDecision",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewDecisionOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewInvitationsSentOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReviewReportReceivedOn",
                table: "Cases");
        }
    }
}
