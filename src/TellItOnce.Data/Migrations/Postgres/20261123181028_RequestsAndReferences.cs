using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TellItOnce.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RequestsAndReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestEvidence",
                table: "Cases",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferencePrefix",
                table: "Areas",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestEvidence",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReferencePrefix",
                table: "Areas");
        }
    }
}
