using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceAtLocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Details_Accessibility = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Details_AddressLine = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Details_Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details_ClosesAt = table.Column<int>(type: "integer", nullable: true),
                    Details_ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details_CostAmount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: true),
                    Details_CostDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Details_Days = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    Details_Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Details_District = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details_Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details_HowToAccess = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Details_IsFree = table.Column<bool>(type: "boolean", nullable: false),
                    Details_Languages = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Details_Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Details_Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Details_MaximumAge = table.Column<int>(type: "integer", nullable: false),
                    Details_MinimumAge = table.Column<int>(type: "integer", nullable: false),
                    Details_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details_Needs = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    Details_OpensAt = table.Column<int>(type: "integer", nullable: true),
                    Details_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Details_Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Details_Referral = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details_ScheduleDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Details_Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Details_VenueName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details_Website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ModeratedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            foreach (var sql in LocalOfferFullText.PostgresUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in LocalOfferFullText.PostgresDown)
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
