using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Justice.Network.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "judicial_regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name_bg = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_fr = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    nuts3 = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    court_bg = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    court_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_judicial_regions", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roster_members",
                columns: table => new
                {
                    practitioner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    profession = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_members", x => x.practitioner_id);
                    table.ForeignKey(
                        name: "FK_roster_members_judicial_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "judicial_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "judicial_regions",
                columns: new[] { "code", "court_bg", "court_en", "name_bg", "name_en", "name_fr", "nuts3" },
                values: new object[,]
                {
                    { "BG-01", "Окръжен съд – Благоевград", "Blagoevgrad District Court", "Благоевград", "Blagoevgrad", "Blagoevgrad", "BG413" },
                    { "BG-02", "Окръжен съд – Бургас", "Burgas District Court", "Бургас", "Burgas", "Bourgas", "BG341" },
                    { "BG-03", "Окръжен съд – Варна", "Varna District Court", "Варна", "Varna", "Varna", "BG331" },
                    { "BG-04", "Окръжен съд – Велико Търново", "Veliko Tarnovo District Court", "Велико Търново", "Veliko Tarnovo", "Veliko Tarnovo", "BG321" },
                    { "BG-05", "Окръжен съд – Видин", "Vidin District Court", "Видин", "Vidin", "Vidin", "BG311" },
                    { "BG-06", "Окръжен съд – Враца", "Vratsa District Court", "Враца", "Vratsa", "Vratsa", "BG313" },
                    { "BG-07", "Окръжен съд – Габрово", "Gabrovo District Court", "Габрово", "Gabrovo", "Gabrovo", "BG322" },
                    { "BG-08", "Окръжен съд – Добрич", "Dobrich District Court", "Добрич", "Dobrich", "Dobritch", "BG332" },
                    { "BG-09", "Окръжен съд – Кърджали", "Kardzhali District Court", "Кърджали", "Kardzhali", "Kardjali", "BG425" },
                    { "BG-10", "Окръжен съд – Кюстендил", "Kyustendil District Court", "Кюстендил", "Kyustendil", "Kyoustendil", "BG415" },
                    { "BG-11", "Окръжен съд – Ловеч", "Lovech District Court", "Ловеч", "Lovech", "Lovetch", "BG315" },
                    { "BG-12", "Окръжен съд – Монтана", "Montana District Court", "Монтана", "Montana", "Montana", "BG312" },
                    { "BG-13", "Окръжен съд – Пазарджик", "Pazardzhik District Court", "Пазарджик", "Pazardzhik", "Pazardjik", "BG423" },
                    { "BG-14", "Окръжен съд – Перник", "Pernik District Court", "Перник", "Pernik", "Pernik", "BG414" },
                    { "BG-15", "Окръжен съд – Плевен", "Pleven District Court", "Плевен", "Pleven", "Pleven", "BG314" },
                    { "BG-16", "Окръжен съд – Пловдив", "Plovdiv District Court", "Пловдив", "Plovdiv", "Plovdiv", "BG421" },
                    { "BG-17", "Окръжен съд – Разград", "Razgrad District Court", "Разград", "Razgrad", "Razgrad", "BG324" },
                    { "BG-18", "Окръжен съд – Русе", "Ruse District Court", "Русе", "Ruse", "Roussé", "BG323" },
                    { "BG-19", "Окръжен съд – Силистра", "Silistra District Court", "Силистра", "Silistra", "Silistra", "BG325" },
                    { "BG-20", "Окръжен съд – Сливен", "Sliven District Court", "Сливен", "Sliven", "Sliven", "BG342" },
                    { "BG-21", "Окръжен съд – Смолян", "Smolyan District Court", "Смолян", "Smolyan", "Smolyan", "BG424" },
                    { "BG-22", "Софийски градски съд", "Sofia City Court", "София (столица)", "Sofia City", "Sofia-ville", "BG411" },
                    { "BG-23", "Софийски окръжен съд", "Sofia District Court", "Софийска област", "Sofia Province", "Province de Sofia", "BG412" },
                    { "BG-24", "Окръжен съд – Стара Загора", "Stara Zagora District Court", "Стара Загора", "Stara Zagora", "Stara Zagora", "BG344" },
                    { "BG-25", "Окръжен съд – Търговище", "Targovishte District Court", "Търговище", "Targovishte", "Targovichté", "BG334" },
                    { "BG-26", "Окръжен съд – Хасково", "Haskovo District Court", "Хасково", "Haskovo", "Haskovo", "BG422" },
                    { "BG-27", "Окръжен съд – Шумен", "Shumen District Court", "Шумен", "Shumen", "Choumen", "BG333" },
                    { "BG-28", "Окръжен съд – Ямбол", "Yambol District Court", "Ямбол", "Yambol", "Yambol", "BG343" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "created_at" },
                filter: "dispatched_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_roster_members_region_code_profession",
                table: "roster_members",
                columns: new[] { "region_code", "profession" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "roster_members");

            migrationBuilder.DropTable(
                name: "judicial_regions");
        }
    }
}
