using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildRecordContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Bsl",
                table: "Children",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "EasyRead",
                table: "Children",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "InterpreterLanguage",
                table: "Children",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LargePrint",
                table: "Children",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Children",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsInterpreter",
                table: "Children",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OtherCommunicationNeeds",
                table: "Children",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChildContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentalResponsibility = table.Column<bool>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PreferredContact = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivesLetters = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildContacts_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChildContacts_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Children_MergedIntoId",
                table: "Children",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityId",
                table: "AuditTrail",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildContacts_AreaId",
                table: "ChildContacts",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildContacts_ChildId",
                table: "ChildContacts",
                column: "ChildId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChildContacts");

            migrationBuilder.DropIndex(
                name: "IX_Children_MergedIntoId",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_AuditTrail_EntityId",
                table: "AuditTrail");

            migrationBuilder.DropColumn(
                name: "Bsl",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "EasyRead",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "InterpreterLanguage",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "LargePrint",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "NeedsInterpreter",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "OtherCommunicationNeeds",
                table: "Children");
        }
    }
}
