using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestPlanIssuedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ViewsInterestsAspirations = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    SpecialEducationalNeeds = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    HealthNeeds = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    SocialCareNeeds = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    Outcomes = table.Column<string>(type: "TEXT", nullable: false),
                    Provision = table.Column<string>(type: "TEXT", nullable: false),
                    Placement = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    PersonalBudget = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    AdviceAndInformation = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_CaseId_Number",
                table: "PlanVersions",
                columns: new[] { "CaseId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "LatestPlanIssuedOn",
                table: "Cases");
        }
    }
}
