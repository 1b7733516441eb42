using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LaCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Districts = table.Column<string>(type: "TEXT", nullable: false),
                    ReferencePrefix = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Urn = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Ukprn = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settings_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SettingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Upn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Uln = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PrimaryNeed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SecondaryNeed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CurrentSettingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AllAboutMe = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OnSenSupport = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Children_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Children_Settings_CurrentSettingId",
                        column: x => x.CurrentSettingId,
                        principalTable: "Settings",
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

            migrationBuilder.CreateTable(
                name: "AreaMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaMemberships_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AreaMemberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseworkerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestReceived = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestEvidence = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DecisionToAssessOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgreedToAssess = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionPanelOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionPanelMembers = table.Column<string>(type: "TEXT", nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", nullable: true),
                    FamilyConfirmedNoFurtherComments = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionNotToIssueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DraftIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinalIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestPlanIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NamedSettingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CeasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CeaseReason = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewInvitationsSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewReportReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDecision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReviewDecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AmendmentsProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextPhaseSettingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NextPhaseNamedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_AspNetUsers_CaseworkerId",
                        column: x => x.CaseworkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Settings_NamedSettingId",
                        column: x => x.NamedSettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Settings_NextPhaseSettingId",
                        column: x => x.NextPhaseSettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FamilyLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyLinks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FamilyLinks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdviceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProfessionalUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastChasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdviceText = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceRequests_AspNetUsers_ProfessionalUserId",
                        column: x => x.ProfessionalUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdviceRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdviceRequests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExceptionPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExceptionPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExceptionPeriods_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_AdviceRequests_CaseId",
                table: "AdviceRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_OrganisationId",
                table: "AdviceRequests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_ProfessionalUserId",
                table: "AdviceRequests",
                column: "ProfessionalUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaMemberships_AreaId",
                table: "AreaMemberships",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_AreaMemberships_UserId_AreaId_Role",
                table: "AreaMemberships",
                columns: new[] { "UserId", "AreaId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Areas_LaCode",
                table: "Areas",
                column: "LaCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Areas_Slug",
                table: "Areas",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganisationId",
                table: "AspNetUsers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SettingId",
                table: "AspNetUsers",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_AreaId_At",
                table: "AuditTrail",
                columns: new[] { "AreaId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_Reference",
                table: "Cases",
                columns: new[] { "AreaId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AreaId_Stage",
                table: "Cases",
                columns: new[] { "AreaId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseworkerId",
                table: "Cases",
                column: "CaseworkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ChildId",
                table: "Cases",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NamedSettingId",
                table: "Cases",
                column: "NamedSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextPhaseSettingId",
                table: "Cases",
                column: "NextPhaseSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Children_AreaId_FamilyName_DateOfBirth",
                table: "Children",
                columns: new[] { "AreaId", "FamilyName", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_CurrentSettingId",
                table: "Children",
                column: "CurrentSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Children_Upn",
                table: "Children",
                column: "Upn");

            migrationBuilder.CreateIndex(
                name: "IX_ExceptionPeriods_CaseId",
                table: "ExceptionPeriods",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinks_ChildId",
                table: "FamilyLinks",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyLinks_UserId_ChildId",
                table: "FamilyLinks",
                columns: new[] { "UserId", "ChildId" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_CaseId_Number",
                table: "PlanVersions",
                columns: new[] { "CaseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Settings_AreaId",
                table: "Settings",
                column: "AreaId");

            // Full-text search for the Local Offer: provider-specific SQL kept outside the EF model (ADR 10).
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
                name: "AdviceRequests");

            migrationBuilder.DropTable(
                name: "AreaMemberships");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "ExceptionPeriods");

            migrationBuilder.DropTable(
                name: "FamilyLinks");

            migrationBuilder.DropTable(
                name: "LocalOfferFeedback");

            migrationBuilder.DropTable(
                name: "LocalOfferRevisions");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "LocalOfferServices");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Children");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "Areas");
        }
    }
}
