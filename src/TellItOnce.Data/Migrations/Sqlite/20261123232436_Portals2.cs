using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Portals2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TrustId",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsTeamLead",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "TrustId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProfessionalUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contribution = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewInvitations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trusts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trusts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Settings_TrustId",
                table: "Settings",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TrustId",
                table: "AspNetUsers",
                column: "TrustId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewInvitations_CaseId_ReviewMeetingOn",
                table: "ReviewInvitations",
                columns: new[] { "CaseId", "ReviewMeetingOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewInvitations_OrganisationId",
                table: "ReviewInvitations",
                column: "OrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Trusts_TrustId",
                table: "AspNetUsers",
                column: "TrustId",
                principalTable: "Trusts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Settings_Trusts_TrustId",
                table: "Settings",
                column: "TrustId",
                principalTable: "Trusts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Trusts_TrustId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Settings_Trusts_TrustId",
                table: "Settings");

            migrationBuilder.DropTable(
                name: "ReviewInvitations");

            migrationBuilder.DropTable(
                name: "Trusts");

            migrationBuilder.DropIndex(
                name: "IX_Settings_TrustId",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_TrustId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TrustId",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "IsTeamLead",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TrustId",
                table: "AspNetUsers");
        }
    }
}
