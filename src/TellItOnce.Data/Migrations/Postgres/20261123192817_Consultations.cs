using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PreferredSettingId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SettingConsultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingConsultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettingConsultations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SettingConsultations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PreferredSettingId",
                table: "Cases",
                column: "PreferredSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_SettingConsultations_CaseId",
                table: "SettingConsultations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SettingConsultations_SettingId",
                table: "SettingConsultations",
                column: "SettingId");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Settings_PreferredSettingId",
                table: "Cases",
                column: "PreferredSettingId",
                principalTable: "Settings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Settings_PreferredSettingId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "SettingConsultations");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PreferredSettingId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PreferredSettingId",
                table: "Cases");
        }
    }
}
