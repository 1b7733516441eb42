using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LocalOffer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LocalOfferServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceAtLocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Details_Accessibility = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Details_AddressLine = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Details_Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details_ClosesAt = table.Column<int>(type: "INTEGER", nullable: true),
                    Details_ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Details_CostAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    Details_CostDescription = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Details_Days = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Details_Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Details_District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Details_Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Details_HowToAccess = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Details_IsFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    Details_Languages = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Details_Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Details_Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Details_MaximumAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Details_MinimumAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Details_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details_Needs = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Details_OpensAt = table.Column<int>(type: "INTEGER", nullable: true),
                    Details_Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Details_Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Details_Referral = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details_ScheduleDescription = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Details_Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Details_VenueName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Details_Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalOfferServices_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LocalOfferServices_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalOfferFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ModeratedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalOfferFeedback_LocalOfferServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "LocalOfferServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LocalOfferRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalOfferRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalOfferRevisions_LocalOfferServices_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "LocalOfferServices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferFeedback_AreaId_State",
                table: "LocalOfferFeedback",
                columns: new[] { "AreaId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferFeedback_ServiceId_State",
                table: "LocalOfferFeedback",
                columns: new[] { "ServiceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferRevisions_AreaId_State",
                table: "LocalOfferRevisions",
                columns: new[] { "AreaId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferRevisions_ServiceId_Number",
                table: "LocalOfferRevisions",
                columns: new[] { "ServiceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferServices_AreaId_IsPublished",
                table: "LocalOfferServices",
                columns: new[] { "AreaId", "IsPublished" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferServices_LastModified",
                table: "LocalOfferServices",
                column: "LastModified");

            migrationBuilder.CreateIndex(
                name: "IX_LocalOfferServices_OrganisationId",
                table: "LocalOfferServices",
                column: "OrganisationId");

            foreach (var sql in LocalOfferFullText.SqliteUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in LocalOfferFullText.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "LocalOfferFeedback");

            migrationBuilder.DropTable(
                name: "LocalOfferRevisions");

            migrationBuilder.DropTable(
                name: "LocalOfferServices");
        }
    }
}
