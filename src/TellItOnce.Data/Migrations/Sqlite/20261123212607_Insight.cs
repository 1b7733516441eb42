using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Insight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ethnicity",
                table: "Children",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AreaIds = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NationalFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasureKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeFrameworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InUse = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeFrameworks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeFrameworks_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeStatements_OutcomeFrameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "OutcomeFrameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MeasureKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MeasureGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FilterNeed = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FilterAgeGroup = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LinkedSource = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LinkedReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AmberThreshold = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeIndicators_OutcomeStatements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "OutcomeStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Commentary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorPeriods_OutcomeIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "OutcomeIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "NationalFigures",
                columns: new[] { "Id", "MeasureKey", "Period", "Source", "UpdatedOn", "Value" },
                values: new object[] { new Guid("0193a6f0-0000-7000-8000-000000000001"), "plans-within-20-weeks", "2024", "DfE, Education, health and care plans: England 2025", new DateOnly(2025, 6, 26), 46.4m });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_FinalIssuedOn",
                table: "Cases",
                columns: new[] { "AreaId", "FinalIssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_RequestReceived",
                table: "Cases",
                columns: new[] { "AreaId", "RequestReceived" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorPeriods_IndicatorId_Period",
                table: "IndicatorPeriods",
                columns: new[] { "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NationalFigures_MeasureKey",
                table: "NationalFigures",
                column: "MeasureKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeFrameworks_AreaId",
                table: "OutcomeFrameworks",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeIndicators_StatementId",
                table: "OutcomeIndicators",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeStatements_FrameworkId",
                table: "OutcomeStatements",
                column: "FrameworkId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "IndicatorPeriods");

            migrationBuilder.DropTable(
                name: "NationalFigures");

            migrationBuilder.DropTable(
                name: "OutcomeIndicators");

            migrationBuilder.DropTable(
                name: "OutcomeStatements");

            migrationBuilder.DropTable(
                name: "OutcomeFrameworks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AreaId_FinalIssuedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AreaId_RequestReceived",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Ethnicity",
                table: "Children");
        }
    }
}
