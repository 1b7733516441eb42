using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsTeamLead",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "TrustId",
                table: "AspNetUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReviewInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewMeetingOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProfessionalUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InvitedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Contribution = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
