using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhaseTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextPhaseNamedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "NextPhaseSettingId",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextPhaseSettingId",
                table: "Cases",
                column: "NextPhaseSettingId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Settings_NextPhaseSettingId",
                table: "Cases",
                column: "NextPhaseSettingId",
                principalTable: "Settings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Settings_NextPhaseSettingId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextPhaseSettingId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextPhaseNamedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "NextPhaseSettingId",
                table: "Cases");
        }
    }
}
