using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PathwaySteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionPanelMembers",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionPanelOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReasons",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FamilyConfirmedNoFurtherComments",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AdviceText",
                table: "AdviceRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastChasedOn",
                table: "AdviceRequests",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionPanelMembers",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionPanelOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DecisionReasons",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FamilyConfirmedNoFurtherComments",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AdviceText",
                table: "AdviceRequests");

            migrationBuilder.DropColumn(
                name: "LastChasedOn",
                table: "AdviceRequests");
        }
    }
}
