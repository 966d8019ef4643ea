"""Biên bản typed the many ways a văn thư types the same thing, built in code for the import tests.

Each builder stands for a class of layout seen in real offices' Word files: the opening as a
running sentence in other orders ("Hôm nay, hồi 7g30 …", "Vào hồi … tại … đã tiến hành …",
"Thời gian: Bắt đầu từ … ngày …"), times ("7g30", "07 giờ 30'", "14h", "2 giờ chiều"), dates
("05 - 3 - 2026", "05.3.2026", months written out), the chair and secretary under other labels
("Chủ tọa:", "Người chủ trì:", "Người ghi biên bản:", "Thư ký cuộc họp:"), attendance ("Thành phần
tham dự gồm có:", "Vắng: 02 (có lý do)", "Vắng mặt: đ/c A (lý do)"), the ending ("Biên bản kết thúc
lúc …", "Biên bản được thông qua …"), headings ("A.", "PHẦN I", "Nội dung:", "Diễn biến cuộc họp"),
votes ("Tán thành: 15/15", "Không tán thành: 0") and signatures in a two-column table with the titles
in any case. :data:`EXPECTED` holds what a careful secretary writes from each (None: not stated).
Names, places and numbers are invented.
"""

from __future__ import annotations

from handmade import _bytes, _doc, _para
from layouts import _signature, _state_table_header, _table


def school_hoi_sentence() -> bytes:
    """"Hôm nay, hồi 7g30 ngày 05/3/2026, tại …"; "Chủ tọa:", "Thư ký cuộc họp:"; "A." headings;
    "Vắng: 02 (có lý do)"; signature titles in sentence case."""
    d = _doc()
    _state_table_header(d, "PHÒNG GD&ĐT HUYỆN LONG ĐIỀN", "TRƯỜNG TIỂU HỌC HÒA THUẬN", "Số: 07/BB-THHT",
                        "Hòa Thuận, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Hội đồng sư phạm tháng 3 năm 2026", bold=True)
    _para(d, "Hôm nay, hồi 7g30 ngày 05/3/2026, tại phòng họp Hội đồng trường Tiểu học Hòa Thuận, "
             "Hội đồng sư phạm nhà trường tiến hành họp định kỳ tháng 3.")
    _para(d, "Chủ tọa: Thầy Quách Văn Tài - Hiệu trưởng.")
    _para(d, "Thư ký cuộc họp: Cô Lư Thị Ngọc - Giáo viên.")
    _para(d, "Thành phần tham dự gồm có: 32/34 cán bộ, giáo viên, nhân viên.")
    _para(d, "Vắng: 02 (có lý do).")
    _para(d, "A. NỘI DUNG", bold=True)
    _para(d, "1. Đánh giá công tác tháng 2", bold=True)
    _para(d, "- Duy trì sĩ số 100%.")
    _para(d, "2. Kế hoạch tháng 3", bold=True)
    _para(d, "- Tổ chức hội giảng chào mừng ngày 8/3.")
    _para(d, "B. KẾT LUẬN", bold=True)
    _para(d, "Hiệu trưởng giao các tổ chuyên môn đăng ký tiết dạy hội giảng trước ngày 10/3.")
    _para(d, "Cuộc họp kết thúc vào lúc 10g00 cùng ngày.")
    _table(d, [["Thư ký", "Chủ tọa"], ["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"], ["", ""],
               ["Lư Thị Ngọc", "Quách Văn Tài"]])
    return _bytes(d)


def ward_vao_hoi_tien_hanh() -> bytes:
    """"Vào hồi 14 giờ, ngày 05 - 3 - 2026, tại … đã tiến hành …"; "Người chủ trì:", "Người ghi biên
    bản:"; "Vắng mặt: đ/c A (lý do)"; "PHẦN I" headings; "Biên bản kết thúc lúc …"."""
    d = _doc()
    _state_table_header(d, "UBND QUẬN BÌNH THẠNH", "UBND PHƯỜNG AN LẠC", "Số: 11/BB-UBND",
                        "An Lạc, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN HỌP", bold=True)
    _para(d, "Về việc triển khai kế hoạch chỉnh trang đô thị năm 2026", bold=True)
    _para(d, "Vào hồi 14 giờ, ngày 05 - 3 - 2026, tại Hội trường Ủy ban nhân dân phường An Lạc đã tiến hành "
             "cuộc họp triển khai kế hoạch chỉnh trang đô thị năm 2026.")
    _para(d, "PHẦN I. THÀNH PHẦN THAM DỰ", bold=True)
    _para(d, "- Người chủ trì: Ông Kha Văn Lực – Chủ tịch UBND phường.")
    _para(d, "- Người ghi biên bản: Bà Ông Thị Duyên – Công chức Văn phòng - Thống kê.")
    _para(d, "- Có mặt: 21 đại biểu.")
    _para(d, "- Vắng mặt: đ/c Hầu Văn Bảy (lý do: đi công tác).")
    _para(d, "PHẦN II. NỘI DUNG CUỘC HỌP", bold=True)
    _para(d, "1. Ông Lực quán triệt kế hoạch của Ủy ban nhân dân quận.")
    _para(d, "2. Các khu phố đăng ký tuyến đường ra quân.")
    _para(d, "PHẦN III. KẾT LUẬN", bold=True)
    _para(d, "Giao các khu phố hoàn thành đăng ký trước ngày 15/3/2026.")
    _para(d, "Biên bản kết thúc lúc 16 giờ 15 phút cùng ngày./.")
    _signature(d, ["NGƯỜI GHI BIÊN BẢN", "", "Ông Thị Duyên"], ["NGƯỜI CHỦ TRÌ", "", "Kha Văn Lực"])
    return _bytes(d)


def cooperative_bat_dau_tu() -> bytes:
    """"Thời gian: Bắt đầu từ 8 giờ 30 phút ngày 12.3.2026"; "Nội dung:" and "Diễn biến cuộc họp";
    the vote as "Tán thành: 15/15", "Không tán thành: 0", "giơ tay"; "Biên bản được thông qua …"."""
    d = _doc()
    _para(d, "HỢP TÁC XÃ NÔNG NGHIỆP PHÚ AN")
    _para(d, "BAN QUẢN TRỊ", bold=True)
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _para(d, "Phú An, ngày 12 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN HỌP BAN QUẢN TRỊ", bold=True)
    _para(d, "Thời gian: Bắt đầu từ 8 giờ 30 phút ngày 12.3.2026.")
    _para(d, "Địa điểm: Văn phòng Hợp tác xã, ấp Phú Hòa.")
    _para(d, "Chủ trì: Ông Diệp Văn Hên - Giám đốc Hợp tác xã.")
    _para(d, "Thư ký: Bà Thạch Thị Sương - Kế toán.")
    _para(d, "Thành phần: Các thành viên Ban Quản trị, Ban Kiểm soát.")
    _para(d, "Nội dung:", bold=True)
    _para(d, "Diễn biến cuộc họp", bold=True)
    _para(d, "- Ông Hên báo cáo phương án mua phân bón vụ Hè Thu.")
    _para(d, "- Bà Sương báo cáo tình hình vốn.")
    _para(d, "Biểu quyết", bold=True)
    _para(d, "Các thành viên biểu quyết bằng hình thức giơ tay:")
    _para(d, "- Tán thành: 15/15 (100%).")
    _para(d, "- Không tán thành: 0.")
    _para(d, "- Không ý kiến: 0.")
    _para(d, "Cuộc họp kết thúc vào lúc 11 giờ cùng ngày, biên bản được thông qua trước cuộc họp.")
    _signature(d, ["THƯ KÝ", "", "Thạch Thị Sương"], ["CHỦ TRÌ", "", "Diệp Văn Hên"])
    return _bytes(d)


def party_month_written_out() -> bytes:
    """Months written out ("tháng Mười"), "19 giờ 30 tối", "Chủ trì hội nghị:" / "Thư ký hội nghị:",
    a signature with "T/M CHI BỘ" and "BÍ THƯ"."""
    d = _doc()
    _table(d, [["ĐẢNG BỘ XÃ VĨNH TẾ\nCHI BỘ ẤP VĨNH ĐÔNG\n*\nSố: 14-BB/CB",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\nVĩnh Tế, ngày 20 tháng 10 năm 2025"]])
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025", bold=True)
    _para(d, "Hôm nay, vào lúc 19 giờ 30 tối ngày 20 tháng Mười năm 2025, tại Nhà văn hóa ấp Vĩnh Đông, "
             "Chi bộ ấp Vĩnh Đông tiến hành sinh hoạt thường kỳ.")
    _para(d, "Chủ trì hội nghị: đồng chí Chau Ty - Bí thư Chi bộ.")
    _para(d, "Thư ký hội nghị: đồng chí Néang Phi - Chi ủy viên.")
    _para(d, "Tổng số đảng viên: 18; có mặt: 16; vắng mặt: 02 (có lý do).")
    _para(d, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 10", bold=True)
    _para(d, "- Vận động 12 hộ đóng quỹ an sinh.")
    _para(d, "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11", bold=True)
    _para(d, "- Tổ chức ngày hội Đại đoàn kết toàn dân tộc.")
    _para(d, "Hội nghị kết thúc vào lúc 21 giờ 00 phút cùng ngày./.")
    _signature(d, ["THƯ KÝ", "", "Néang Phi"], ["T/M CHI BỘ", "BÍ THƯ", "", "Chau Ty"])
    return _bytes(d)


def office_afternoon_date_first() -> bytes:
    """The date first and the hour with "chiều" ("Hôm nay, ngày …, vào lúc 2 giờ chiều, tại …");
    "Thành phần tham dự gồm có:" with names; "Diễn biến cuộc họp:"; a vote said in a sentence."""
    d = _doc()
    _state_table_header(d, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "Số: 19/BB-VPĐK",
                        "Long Xuyên, ngày 16 tháng 01 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp giao ban tháng 01 năm 2026", bold=True)
    _para(d, "Hôm nay, ngày 16 tháng 01 năm 2026, vào lúc 2 giờ chiều, tại phòng họp Văn phòng đăng ký "
             "đất đai, chúng tôi gồm:")
    _para(d, "Thành phần tham dự gồm có:")
    _para(d, "1. Ông Tăng Văn Đức - Giám đốc, chủ trì.")
    _para(d, "2. Bà Mạc Thị Liên - Phó Giám đốc.")
    _para(d, "3. Bà Vưu Thị Xuân - Chuyên viên, thư ký.")
    _para(d, "Diễn biến cuộc họp:", bold=True)
    _para(d, "- Bà Liên báo cáo kết quả cấp giấy chứng nhận tháng 12.")
    _para(d, "Kết luận:", bold=True)
    _para(d, "- Rút ngắn thời gian giải quyết hồ sơ xuống 7 ngày.")
    _para(d, "Cuộc họp kết thúc vào 16 giờ 30' cùng ngày.")
    _table(d, [["THƯ KÝ", "CHỦ TRÌ"], ["", ""], ["Vưu Thị Xuân", "Tăng Văn Đức"]])
    return _bytes(d)


def union_times_and_dots() -> bytes:
    """"Thời gian: 07 giờ 30', ngày 05.3.2026 (thứ Năm)"; "Địa điểm họp:"; "Chủ trì cuộc họp:";
    "Thư ký ghi biên bản:"; "Có mặt: 9/11 đồng chí, vắng 02 đồng chí"; "Biên bản kết thúc lúc 9h cùng ngày"."""
    d = _doc()
    p = _para(d, "CÔNG ĐOÀN GIÁO DỤC HUYỆN")
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    p = _para(d, "CĐCS TRƯỜNG THCS PHÚ LỢI", bold=True)
    p.add_run("\t\tĐộc lập - Tự do - Hạnh phúc").bold = True
    _para(d, "\t\t\tPhú Lợi, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Ban Chấp hành Công đoàn cơ sở tháng 3", bold=True)
    _para(d, "1. Thời gian: 07 giờ 30', ngày 05.3.2026 (thứ Năm).")
    _para(d, "2. Địa điểm họp: Phòng Công đoàn nhà trường.")
    _para(d, "3. Chủ trì cuộc họp: Đ/c Ngô Thị Bích - Chủ tịch CĐCS.")
    _para(d, "4. Thư ký ghi biên bản: Đ/c Trịnh Văn Lộc - Ủy viên BCH.")
    _para(d, "5. Thành phần: Có mặt: 9/11 đồng chí, vắng 02 đồng chí.")
    _para(d, "6. Nội dung", bold=True)
    _para(d, "a) Tổ chức ngày 8/3 cho nữ đoàn viên.")
    _para(d, "b) Thăm hỏi đoàn viên ốm đau.")
    _para(d, "Biên bản kết thúc lúc 9h cùng ngày, đã thông qua cho các thành viên cùng nghe.")
    _table(d, [["THƯ KÝ", "T/M BAN CHẤP HÀNH\nCHỦ TỊCH"], ["", ""], ["Trịnh Văn Lộc", "Ngô Thị Bích"]])
    return _bytes(d)


def hospital_14h_stacked() -> bytes:
    """"Thời gian: 14h ngày 05/3/2026"; "Tại:"; "Chủ trì:" with "BSCKII." before the name;
    "Thư ký:"; a signature typed with tabs and the titles in sentence case."""
    d = _doc()
    _para(d, "SỞ Y TẾ TỈNH ĐỒNG THÁP")
    _para(d, "TRUNG TÂM Y TẾ HUYỆN THÁP MƯỜI", bold=True)
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _para(d, "Tháp Mười, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN HỌP HỘI ĐỒNG KIỂM SOÁT NHIỄM KHUẨN", bold=True)
    _para(d, "Thời gian: 14h ngày 05/3/2026.")
    _para(d, "Tại: Phòng họp giao ban Trung tâm.")
    _para(d, "Chủ trì: BSCKII. Lục Văn Hùng - Giám đốc.")
    _para(d, "Thư ký: ĐD. Nghiêm Thị Hạnh - Điều dưỡng trưởng.")
    _para(d, "Thành phần tham dự: 15/17 thành viên Hội đồng.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Báo cáo giám sát vệ sinh tay quý I.")
    _para(d, "KẾT LUẬN", bold=True)
    _para(d, "- Các khoa tăng cường giám sát tuân thủ vệ sinh tay.")
    _para(d, "Cuộc họp kết thúc lúc 15 giờ 30 phút cùng ngày.")
    _para(d, "Thư ký\t\t\tChủ trì")
    _para(d, "")
    _para(d, "Nghiêm Thị Hạnh\t\t\tLục Văn Hùng")
    return _bytes(d)


def doan_time_range() -> bytes:
    """"Thời gian: Từ 19 giờ 00 đến 21 giờ 00, ngày 28/02/2026"; "Chủ tọa:" and "Thư ký:" on one line;
    "Đoàn viên có mặt: 24/26"; "Biểu quyết: Tán thành 24/24; không tán thành: 0"."""
    d = _doc()
    _table(d, [["ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN HỘI\nCHI ĐOÀN ẤP TÂN THẠNH\n***",
                "ĐOÀN TNCS HỒ CHÍ MINH\n\nTân Hội, ngày 28 tháng 02 năm 2026"]])
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Sinh hoạt chi đoàn tháng 02 năm 2026", bold=True)
    _para(d, "Thời gian: Từ 19 giờ 00 đến 21 giờ 00, ngày 28/02/2026.")
    _para(d, "Địa điểm: Nhà văn hóa ấp Tân Thạnh.")
    _para(d, "Chủ tọa: Đ/c Lâm Văn Khải - Bí thư Chi đoàn; Thư ký: Đ/c Tô Thị Mỹ - Phó Bí thư.")
    _para(d, "Đoàn viên có mặt: 24/26.")
    _para(d, "NỘI DUNG SINH HOẠT", bold=True)
    _para(d, "- Triển khai Tháng Thanh niên năm 2026.")
    _para(d, "- Biểu quyết: Tán thành 24/24; không tán thành: 0.")
    _para(d, "Buổi sinh hoạt kết thúc lúc 21 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Tô Thị Mỹ"], ["CHỦ TỌA", "", "Lâm Văn Khải"])
    return _bytes(d)


def commune_party_cuoc_hop_bat_dau() -> bytes:
    """"Cuộc họp bắt đầu vào lúc … tại …"; "Chủ trì: Ông A<tab>Chức vụ: …" (the position under its own
    label); "Biên bản này được lập xong vào lúc … cùng ngày"; "CHỦ TRÌ CUỘC HỌP" / "THƯ KÝ CUỘC HỌP"."""
    d = _doc()
    _table(d, [["ĐẢNG BỘ HUYỆN CHỢ GẠO\nĐẢNG ỦY XÃ BÌNH PHAN\n*\nSố: 31-BB/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM\n\nBình Phan, ngày 10 tháng 3 năm 2026"]])
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Ban Thường vụ Đảng ủy tháng 3 năm 2026", bold=True)
    _para(d, "Cuộc họp bắt đầu vào lúc 8 giờ 00 phút ngày 10/3/2026 tại Phòng họp số 1, trụ sở Đảng ủy xã.")
    _para(d, "Chủ trì: Ông Phan Văn Út\tChức vụ: Bí thư Đảng ủy")
    _para(d, "Thư ký: Bà Lý Thị Hồng\tChức vụ: Chuyên viên Văn phòng Đảng ủy")
    _para(d, "Có mặt: 5/5 đồng chí Ủy viên Ban Thường vụ.")
    _para(d, "NỘI DUNG CUỘC HỌP", bold=True)
    _para(d, "1. Cho ý kiến kế hoạch kiểm tra, giám sát quý II.")
    _para(d, "2. Chuẩn bị hội nghị sơ kết quý I.")
    _para(d, "Biên bản này được lập xong vào lúc 10 giờ 30 phút cùng ngày, đã đọc lại cho các đồng chí dự họp "
             "cùng nghe và nhất trí thông qua.")
    _table(d, [["THƯ KÝ CUỘC HỌP", "CHỦ TRÌ CUỘC HỌP"], ["", ""], ["Lý Thị Hồng", "Phan Văn Út"]])
    return _bytes(d)


def clinic_signed_only_sentence_case() -> bytes:
    """"Lúc 15 giờ 00, ngày …, tại …" (no "Hôm nay"); the chair and secretary named only where they
    sign, the titles typed in sentence case ("Người chủ trì", "Người ghi biên bản")."""
    d = _doc()
    _state_table_header(d, "BỆNH VIỆN ĐA KHOA KHU VỰC", "KHOA NGOẠI TỔNG HỢP", "",
                        "Cao Lãnh, ngày 18 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN BÌNH BỆNH ÁN", bold=True)
    _para(d, "Lúc 15 giờ 00, ngày 18/3/2026, tại Phòng giao ban khoa Ngoại tổng hợp, khoa tổ chức bình "
             "bệnh án tháng 3.")
    _para(d, "Thành phần: Bác sĩ, điều dưỡng trong khoa.")
    _para(d, "Nội dung:", bold=True)
    _para(d, "- Bình 05 bệnh án nội trú, 02 bệnh án ngoại trú.")
    _para(d, "- Nhắc nhở ghi chép diễn biến bệnh đầy đủ.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 10 phút cùng ngày.")
    _table(d, [["Người ghi biên bản", "Người chủ trì"], ["(Ký và ghi rõ họ tên)", "(Ký và ghi rõ họ tên)"],
               ["", ""], ["Võ Thị Kiều", "Trương Văn Hiếu"]])
    return _bytes(d)


def hamlet_ngay_first_tham_du() -> bytes:
    """"Ngày 25/3/2026, lúc 9 giờ 00, tại …, …" opening with the date; "Tham dự: 42/50 hộ";
    a vote said as "Số hộ đồng ý: 40/42"; "Cuộc họp kết thúc hồi 11g15"."""
    d = _doc()
    _para(d, "UBND XÃ TÂN BÌNH")
    _para(d, "BAN NHÂN DÂN ẤP BÌNH AN", bold=True)
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _para(d, "BIÊN BẢN HỌP DÂN", bold=True)
    _para(d, "V/v bàn phương án làm đường giao thông nông thôn", bold=True)
    _para(d, "Ngày 25/3/2026, lúc 9 giờ 00, tại Trụ sở Ban Nhân dân ấp Bình An, Ban Nhân dân ấp tổ chức họp dân.")
    _para(d, "Chủ trì: Ông Lê Văn Chín - Trưởng ấp.")
    _para(d, "Thư ký: Ông Đặng Văn Mười - Công an viên.")
    _para(d, "Tham dự: 42/50 hộ.")
    _para(d, "Ý kiến của bà con:", bold=True)
    _para(d, "- Ông Năm đề nghị mở rộng mặt đường thêm 1 m.")
    _para(d, "Biểu quyết:", bold=True)
    _para(d, "- Số hộ đồng ý: 40/42; không đồng ý: 2.")
    _para(d, "Cuộc họp kết thúc hồi 11g15 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Đặng Văn Mười"], ["TRƯỞNG ẤP", "", "Lê Văn Chín"])
    return _bytes(d)


def women_union_khai_mac() -> bytes:
    """"Thời gian khai mạc: 8 giờ 00 …" and "Thời gian bế mạc: 10 giờ 30"; "Chủ tọa hội nghị:" in bold with
    a plain value; "Hiện diện: 28/30 hội viên"; headings "PHẦN THỨ NHẤT", "PHẦN THỨ HAI"."""
    d = _doc()
    _para(d, "HỘI LIÊN HIỆP PHỤ NỮ XÃ MỸ HIỆP")
    _para(d, "CHI HỘI PHỤ NỮ ẤP MỸ THUẬN", bold=True)
    _para(d, "Mỹ Hiệp, ngày 08 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Sinh hoạt chi hội quý I năm 2026", bold=True)
    _para(d, "Thời gian khai mạc: 8 giờ 00, ngày 08/3/2026.")
    _para(d, "Địa điểm: Nhà bà Sáu Nhàn, ấp Mỹ Thuận.")
    p = _para(d, "Chủ tọa hội nghị:", bold=True)
    p.add_run(" Bà Hồ Thị Nhàn - Chi hội trưởng.")
    p = _para(d, "Thư ký hội nghị:", bold=True)
    p.add_run(" Bà Kiều Thị Loan - Chi hội phó.")
    _para(d, "Hiện diện: 28/30 hội viên.")
    _para(d, "PHẦN THỨ NHẤT: ĐÁNH GIÁ KẾT QUẢ QUÝ I", bold=True)
    _para(d, "- Vận động 15 hội viên gửi tiết kiệm.")
    _para(d, "PHẦN THỨ HAI: NHIỆM VỤ QUÝ II", bold=True)
    _para(d, "- Ra mắt tổ phụ nữ tiết kiệm.")
    _para(d, "Thời gian bế mạc: 10 giờ 30 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Kiều Thị Loan"], ["CHI HỘI TRƯỞNG", "", "Hồ Thị Nhàn"])
    return _bytes(d)


def subject_group_ket_thuc_section() -> bytes:
    """Bold labels with plain values under "I. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN"; "Thành viên dự họp: Đầy
    đủ 07/07 giáo viên …"; "III. KẾT THÚC CUỘC HỌP" over "Biên bản được thông qua …. Cuộc họp kết thúc
    vào lúc …"; "THƯ KÝ BIÊN BẢN" beside "TỔ TRƯỞNG CHUYÊN MÔN", each name in its title's cell."""
    d = _doc()
    _state_table_header(d, "TRƯỜNG THCS NAM HÒA", "TỔ TOÁN - TIN", "", "Nam Hòa, ngày 22 tháng 10 năm 2026")
    _para(d, "BIÊN BẢN HỌP TỔ CHUYÊN MÔN", bold=True)
    _para(d, "I. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN", bold=True)
    for label, value in (("1. Thời gian:", " Vào hồi 14 giờ 00 phút, ngày 22 tháng 10 năm 2026 (Tuần 7)."),
                         ("2. Địa điểm:", " Phòng sinh hoạt chuyên môn Tổ Toán - Tin."),
                         ("3. Thành phần tham dự:", "")):
        p = _para(d, label, bold=True)
        p.add_run(value)
    _para(d, "- Chủ trì: Thầy Dư Văn Khang – Tổ trưởng chuyên môn.")
    _para(d, "- Thư ký: Cô Lạc Thị Mơ – Giáo viên.")
    _para(d, "- Thành viên dự họp: Đầy đủ 07/07 giáo viên trong tổ.")
    _para(d, "II. NỘI DUNG CUỘC HỌP", bold=True)
    _para(d, "1. Quán triệt chỉ đạo của Tổ trưởng:", bold=True)
    _para(d, "Thầy Khang triển khai kế hoạch nghiên cứu bài học học kỳ I.")
    _para(d, "2. Thảo luận, góp ý của giáo viên trong tổ:", bold=True)
    _para(d, "- Cô Mơ đề nghị dùng lưới ô vuông trong tiết minh họa.")
    _para(d, "III. KẾT THÚC CUỘC HỌP", bold=True)
    _para(d, "Biên bản được thông qua trước toàn thể cuộc họp, 100% thành viên nhất trí. Cuộc họp kết thúc "
             "vào lúc 16 giờ 30 phút cùng ngày./.")
    _table(d, [["THƯ KÝ BIÊN BẢN\n(Ký, ghi rõ họ tên)\n\n\nLạc Thị Mơ",
                "TỔ TRƯỞNG CHUYÊN MÔN\n(Ký, ghi rõ họ tên)\n\n\nDư Văn Khang"]])
    return _bytes(d)


def class_form_numbered_roles() -> bytes:
    """A school form: "1. Thời gian & địa điểm: 8 giờ 00 ngày …, Hội trường B" (no "tại"); a bold
    "3. Chủ tọa, thư ký cuộc họp" over "- Chủ tọa: …" / "- Thư ký: …"; "4. Nội dung cuộc họp." ending in
    a full stop; "5. Diễn biến cuộc họp"; the titles "Thư ký" and "Chủ tọa" typed side by side with tabs."""
    d = _doc()
    _para(d, "TRƯỜNG THPT LONG PHÚ")
    _para(d, "LỚP 11A3", bold=True)
    _para(d, "BIÊN BẢN SINH HOẠT LỚP", bold=True)
    _para(d, "1. Thời gian & địa điểm: 8 giờ 00 ngày 12/3/2026, phòng học lớp 11A3.")
    _para(d, "2. Thành phần: 40/42 học sinh.")
    _para(d, "3. Chủ tọa, thư ký cuộc họp", bold=True)
    _para(d, "- Chủ tọa: Em Thái Gia Huy - Lớp trưởng.")
    _para(d, "- Thư ký: Em Lưu Ngọc Trâm - Lớp phó học tập.")
    _para(d, "4. Nội dung cuộc họp.", bold=True)
    _para(d, "- Sơ kết thi đua tuần 24.")
    _para(d, "5. Diễn biến cuộc họp", bold=True)
    _para(d, "- Các tổ báo cáo điểm thi đua.")
    _para(d, "Cuộc họp kết thúc vào lúc 9 giờ 00 cùng ngày.")
    _para(d, "Thư ký\t\t\t\tChủ tọa")
    _para(d, "(Ký, ghi rõ họ tên)\t\t\t(Ký, ghi rõ họ tên)")
    _para(d, "Lưu Ngọc Trâm\t\t\t\tThái Gia Huy")
    return _bytes(d)


def company_roles_table() -> bytes:
    """The chair and secretary in a three-column participants table (Chủ trì | name | position;
    Thư ký | …; Thành viên | …); "Địa điểm tổ chức:"; "Thời gian: 13h30 – 15h00 ngày 09/02/2026"."""
    d = _doc()
    _state_table_header(d, "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM", "CÔNG TY ĐIỆN LỰC HẬU GIANG", "Số: 58/BB-PCHG",
                        "Hậu Giang, ngày 09 tháng 02 năm 2026")
    _para(d, "BIÊN BẢN HỌP", bold=True)
    _para(d, "Về việc chuẩn bị cấp điện phục vụ Tết Nguyên đán", bold=True)
    _para(d, "Thời gian: 13h30 – 15h00 ngày 09/02/2026.")
    _para(d, "Địa điểm tổ chức: Phòng họp tầng 3, trụ sở Công ty.")
    _para(d, "Thành phần tham dự:", bold=True)
    _table(d, [["Chủ trì", "Ông Mã Văn Tín", "Phó Giám đốc"],
               ["Thư ký", "Bà Giang Thị Hồng", "Chuyên viên Phòng Kỹ thuật"],
               ["Thành viên", "Ông Khưu Văn Lợi", "Trưởng phòng Điều độ"]])
    _para(d, "Nội dung cuộc họp:", bold=True)
    _para(d, "- Phòng Điều độ báo cáo phương án vận hành.")
    _para(d, "Kết luận:", bold=True)
    _para(d, "- Các đội quản lý điện trực 24/24 từ ngày 14/02/2026.")
    _signature(d, ["THƯ KÝ", "", "Giang Thị Hồng"], ["CHỦ TRÌ", "", "Mã Văn Tín"])
    return _bytes(d)


def parents_roles_in_brackets() -> bytes:
    """The chair and secretary named in the list of those present, their role after the name
    ("- Bà: A - Giáo viên chủ nhiệm (Chủ trì).", "(Thư ký cuộc họp)"); "Tổng số: 42; Có mặt: 41;
    Vắng mặt: 1 (có lý do)"; "GIÁO VIÊN CHỦ NHIỆM" signing beside "THƯ KÝ CUỘC HỌP"."""
    d = _doc()
    _state_table_header(d, "SỞ GD&ĐT TỈNH BẮC KẠN", "TRƯỜNG THPT NA RÌ", "",
                        "Na Rì, ngày 27 tháng 9 năm 2026")
    _para(d, "BIÊN BẢN HỌP PHỤ HUYNH HỌC SINH ĐẦU NĂM", bold=True)
    _para(d, "Lớp 10A1 - Năm học 2026 - 2027", bold=True)
    _para(d, "Thời gian: 09h30 ngày 27 tháng 9 năm 2026.")
    _para(d, "Địa điểm: Phòng học lớp 10A1.")
    _para(d, "Thành phần tham dự:")
    _para(d, "- Bà: Hà Thị Vân - Giáo viên chủ nhiệm lớp 10A1 (Chủ trì).")
    _para(d, "- Toàn thể phụ huynh học sinh lớp 10A1.")
    _para(d, "- Bà: Triệu Thị Lan - Phụ huynh em Hoàng Văn Nam (Thư ký cuộc họp).")
    _para(d, "Tổng số: 42; Có mặt: 41; Vắng mặt: 1 (có lý do).")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "1. Báo cáo tình hình lớp đầu năm.")
    _para(d, "2. Bầu Ban đại diện cha mẹ học sinh lớp.")
    _para(d, "Cuộc họp kết thúc lúc 11h30 cùng ngày.")
    _table(d, [["THƯ KÝ CUỘC HỌP", "GIÁO VIÊN CHỦ NHIỆM"], ["", ""], ["Triệu Thị Lan", "Hà Thị Vân"]])
    return _bytes(d)


def party_handbook_form() -> bytes:
    """The Party handbook's form: "– Thời gian:", "+" lines under "– Thành phần tham dự:" with the roles
    after the names, "+ Vắng: 02 đồng chí: A (…); B (…)", "* Nội dung sinh hoạt:" and "* Diễn biến cuộc
    họp:" headings marked with "*", items typed "1- …", "* Các ý kiến tham gia:"."""
    d = _doc()
    _para(d, "ĐẢNG BỘ XÃ THẠNH LỢI")
    _para(d, "CHI BỘ ẤP 3", bold=True)
    _para(d, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True)
    _para(d, "Thạnh Lợi, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "SINH HOẠT CHI BỘ ĐỊNH KỲ", bold=True)
    _para(d, "tháng 3 năm 2026")
    _para(d, "– Thời gian: 19 giờ 30, ngày 05/3/2026.")
    _para(d, "– Địa điểm: Văn phòng ấp 3.")
    _para(d, "– Thành phần tham dự:")
    _para(d, "+ Đồng chí Trịnh Văn Đạt - Bí thư chi bộ, chủ trì.")
    _para(d, "+ Đồng chí Mai Thị Út - Chi ủy viên, thư ký.")
    _para(d, "+ Số đảng viên tham dự: 15/17 đồng chí.")
    _para(d, "+ Vắng: 02 đồng chí: Tạ Văn Xuân (đi làm ăn xa); Lê Văn Yên (ốm).")
    _para(d, "* Nội dung sinh hoạt:")
    _para(d, "1- Thông báo thời sự tháng 3.")
    _para(d, "2- Đánh giá nhiệm vụ tháng 2, đề ra nhiệm vụ tháng 3.")
    _para(d, "* Diễn biến cuộc họp:")
    _para(d, "Đồng chí Đạt đánh giá kết quả tháng 2.")
    _para(d, "* Các ý kiến tham gia:")
    _para(d, "– Đồng chí Út: Đề nghị vận động hộ nghèo vay vốn.")
    _para(d, "Biểu quyết: 15/15 đồng chí tán thành (100%).")
    _para(d, "Buổi sinh hoạt kết thúc vào lúc 21 giờ 15 phút cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Mai Thị Út"], ["T/M CHI BỘ", "BÍ THƯ", "", "Trịnh Văn Đạt"])
    return _bytes(d)


def business_form_split_opening() -> bytes:
    """The opening sentence broken over lines ("Hôm nay, vào lúc …, ngày …," then "Tại địa điểm: …"
    then "Diễn ra cuộc họp với nội dung: …"); "2. Chủ trì: Ông/Bà A Chức vụ: B"; "III. Biểu quyết
    (nếu có):" over "– Số phiếu tán thành: 9 phiếu, chiếm 100 %"."""
    d = _doc()
    _para(d, "CÔNG TY TNHH CƠ KHÍ TÂN TIẾN")
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập – Tự do – Hạnh phúc", bold=True)
    _para(d, "Số: 03/2026/BB-TT")
    _para(d, "Bình Dương, ngày 12 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN HỌP", bold=True)
    _para(d, "Về việc: Kế hoạch sản xuất quý II năm 2026", bold=True)
    _para(d, "Hôm nay, vào lúc 8 giờ 30 phút, ngày 12 tháng 3 năm 2026,")
    _para(d, "Tại địa điểm: Phòng họp số 2, nhà điều hành.")
    _para(d, "Diễn ra cuộc họp với nội dung: Kế hoạch sản xuất quý II năm 2026.")
    _para(d, "I. Thành phần tham dự:", bold=True)
    _para(d, "1. Chủ trì: Ông/Bà Lâm Văn Tiến Chức vụ: Giám đốc")
    _para(d, "2. Thư ký: Ông/Bà Phùng Thị Diễm Chức vụ: Trưởng phòng Hành chính")
    _para(d, "3. Thành phần khác: Trưởng các xưởng.")
    _para(d, "II. Nội dung cuộc họp:", bold=True)
    _para(d, "- Xưởng 1 báo cáo năng lực máy móc.")
    _para(d, "III. Biểu quyết (nếu có):", bold=True)
    _para(d, "– Tổng số phiếu: 9 phiếu.")
    _para(d, "– Số phiếu tán thành: 9 phiếu, chiếm 100 %.")
    _para(d, "– Số phiếu không tán thành: 0 phiếu, chiếm 0 %.")
    _para(d, "Cuộc họp kết thúc vào 11 giờ 00 phút cùng ngày, nội dung đã được các thành viên thông qua.")
    _signature(d, ["THƯ KÝ", "", "Phùng Thị Diễm"], ["CHỦ TRÌ", "", "Lâm Văn Tiến"])
    return _bytes(d)


def office_split_labels() -> bytes:
    """The date and the hours under labels of their own ("Ngày họp:", "Giờ bắt đầu:", "Giờ kết thúc:"),
    "Nơi tổ chức:", the position on the line under the name ("Chủ trì: Ông A" / "Chức vụ: …"),
    "Ghi biên bản:", "Đại biểu tham dự: 30/32"; a vote over two lines under the conclusion."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN CỦ CHI", "PHÒNG KINH TẾ", "Số: 27/BB-PKT", "Củ Chi, ngày 17 tháng 4 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "(V/v góp ý dự thảo kế hoạch phát triển chợ năm 2026)", bold=True)
    _para(d, "Ngày họp: 17/4/2026.")
    _para(d, "Giờ bắt đầu: 8 giờ 00.")
    _para(d, "Nơi tổ chức: Phòng họp Phòng Kinh tế.")
    _para(d, "Chủ trì: Ông Văn Công Thành")
    _para(d, "Chức vụ: Trưởng phòng Kinh tế")
    _para(d, "Ghi biên bản: Bà Doãn Thị Ngà")
    _para(d, "Chức vụ: Chuyên viên")
    _para(d, "Đại biểu tham dự: 30/32 đại biểu.")
    _para(d, "Nội dung", bold=True)
    _para(d, "- Trình bày dự thảo kế hoạch.")
    _para(d, "Kết luận", bold=True)
    _para(d, "Thống nhất trình Ủy ban nhân dân huyện dự thảo đã chỉnh sửa.")
    _para(d, "Tán thành: 28 phiếu.")
    _para(d, "Không tán thành: 2 phiếu.")
    _para(d, "Giờ kết thúc: 10 giờ 30.")
    _signature(d, ["THƯ KÝ", "", "Doãn Thị Ngà"], ["CHỦ TRÌ", "", "Văn Công Thành"])
    return _bytes(d)


def class_place_with_tai() -> bytes:
    """"Địa điểm: Tại …" (the preposition kept in the value), "Sĩ số: 38/40", the chair's label
    "Điều hành:", a signature whose titles are in a table typed in sentence case ("Chủ tọa" over the name)."""
    d = _doc()
    _para(d, "TRƯỜNG TIỂU HỌC PHÚ THỌ")
    _para(d, "LỚP 5A", bold=True)
    _para(d, "Phú Thọ, ngày 30 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN SINH HOẠT LỚP TUẦN 28", bold=True)
    _para(d, "Thời gian: 10 giờ 15 phút, thứ Sáu ngày 30/3/2026.")
    _para(d, "Địa điểm: Tại phòng học lớp 5A.")
    _para(d, "Sĩ số: 38/40.")
    _para(d, "Điều hành: Em Quan Bảo Ngọc - Lớp trưởng.")
    _para(d, "Thư ký: Em Lục Minh Khoa - Lớp phó văn thể.")
    _para(d, "Nội dung:", bold=True)
    _para(d, "- Các tổ báo cáo thi đua.")
    _para(d, "Buổi sinh hoạt kết thúc lúc 10 giờ 55 phút.")
    _table(d, [["Thư ký\n\nLục Minh Khoa", "Chủ tọa\n\nQuan Bảo Ngọc"]])
    return _bytes(d)


def commune_chaired_in_sentence() -> bytes:
    """The chair said inside the running sentence ("…, dưới sự chủ trì của đồng chí A - Chủ tịch UBND xã,
    …"), the secretary by "đồng chí B làm thư ký"; "Vắng: 02 đồng chí (A - ốm, B - đi công tác)";
    "Thời gian: …, Địa điểm: …" never both on one line here, but the time and place typed in the sentence."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN TAM NÔNG", "UBND XÃ PHÚ CƯỜNG", "Số: 08/BB-UBND",
                        "Phú Cường, ngày 14 tháng 4 năm 2026")
    _para(d, "BIÊN BẢN HỌP", bold=True)
    _para(d, "Ban chỉ đạo phòng, chống dịch bệnh trên cây trồng", bold=True)
    _para(d, "Hôm nay, vào lúc 13 giờ 30 phút ngày 14/4/2026, tại Hội trường UBND xã Phú Cường, dưới sự chủ trì "
             "của đồng chí Hồ Văn Bảy - Chủ tịch UBND xã, Ban chỉ đạo tiến hành họp triển khai kế hoạch.")
    _para(d, "Đồng chí Lữ Thị Hoa - Công chức Văn phòng - Thống kê làm thư ký.")
    _para(d, "Thành phần: Các thành viên Ban chỉ đạo xã; có mặt 11/13 thành viên.")
    _para(d, "Vắng: 02 đồng chí (Kiều Văn Ba - ốm, Thân Văn Tư - đi công tác).")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Trạm Trồng trọt báo cáo tình hình rầy nâu.")
    _para(d, "Cuộc họp kết thúc lúc 15 giờ 45 phút cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Lữ Thị Hoa"], ["CHỦ TỊCH", "", "Hồ Văn Bảy"])
    return _bytes(d)


def school_labels_on_one_line() -> bytes:
    """Two labels on one line ("Thời gian: … Địa điểm: …", "Chủ tọa: A - … ; Thư ký: B - …"),
    "Vắng mặt: 01 đ/c C (lý do: ốm)", "Có mặt: 24/25 đồng chí"."""
    d = _doc()
    _state_table_header(d, "PHÒNG GD&ĐT THỊ XÃ TÂN CHÂU", "TRƯỜNG MẦM NON LONG SƠN", "Số: 05/BB-MNLS",
                        "Long Sơn, ngày 02 tháng 4 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Hội đồng trường tháng 4 năm 2026", bold=True)
    _para(d, "Thời gian: 14 giờ 00 ngày 02/4/2026. Địa điểm: Phòng họp trường Mầm non Long Sơn.")
    _para(d, "Chủ tọa: Bà Võ Thị Sen - Hiệu trưởng; Thư ký: Bà Lý Thị Hằng - Giáo viên.")
    _para(d, "Có mặt: 24/25 đồng chí.")
    _para(d, "Vắng mặt: 01 đ/c Chế Thị Mai (lý do: ốm).")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Thông qua kế hoạch tháng 4.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Lý Thị Hằng"], ["CHỦ TỌA", "", "Võ Thị Sen"])
    return _bytes(d)


# --- the forms' own wording (the classes rounds 5 and 6 found), each typed another way ----------


def _labelled(d, label: str, value: str):
    """A bold label with its value in plain runs on the same line ("I/. Thời gian và địa điểm: …")."""
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    return p


def _page_header(d, left: list[str], right: list[str]) -> None:
    """The header block typed in Word's page header, as a borderless two-column table."""
    from docx.shared import Cm

    header = d.sections[0].header
    header.is_linked_to_previous = False
    table = header.add_table(rows=1, cols=2, width=Cm(16))
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line)


def party_form_counts_reworded() -> bytes:
    """The Party's form typed another way: "ĐẢNG BỘ : PHƯỜNG …" with a spaced colon, "Tổng số đảng viên
    trong chi bộ", "Số đảng viên có mặt dự họp", the absentees under "+ Vắng có lý do:" and "+ Vắng
    không lý do:", "16/16 đảng viên có mặt nhất trí", "9 giờ 15 tối"."""
    d = _doc()
    p = _para(d, "ĐẢNG BỘ : PHƯỜNG AN HÒA")
    p.add_run("\t\tĐẢNG CỘNG SẢN VIỆT NAM").bold = True
    _para(d, "CHI BỘ : KHU PHỐ 2", bold=True)
    _para(d, "\t\t\t\tAn Hòa, ngày 10 tháng 9 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2026", bold=True)
    _para(d, "- Thời gian: 19 giờ 00, ngày 10/9/2026.")
    _para(d, "- Địa điểm: Văn phòng khu phố 2.")
    _para(d, "- Tổng số đảng viên trong chi bộ: 18 đồng chí.")
    _para(d, "- Số đảng viên có mặt dự họp: 16 đồng chí.")
    _para(d, "- Số đảng viên vắng: 02 đồng chí.")
    _para(d, "+ Vắng có lý do: đồng chí Hà Văn Tâm (công tác).")
    _para(d, "+ Vắng không lý do: đồng chí Mạc Thị Lan.")
    _para(d, "- Chủ trì: Đồng chí Kha Văn Lợi - Bí thư chi bộ.")
    _para(d, "- Thư ký: Đồng chí Âu Thị Mai - Phó Bí thư chi bộ.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Đánh giá việc thực hiện nghị quyết tháng 8.")
    _para(d, "Nghị quyết tháng 9 được thông qua, 16/16 đảng viên có mặt nhất trí.")
    _para(d, "Buổi sinh hoạt kết thúc lúc 9 giờ 15 tối cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Âu Thị Mai"], ["T/M CHI BỘ", "BÍ THƯ", "", "Kha Văn Lợi"])
    return _bytes(d)


def union_form_counts_reworded() -> bytes:
    """The union's form typed another way: "BIÊN BẢN CUỘC HỌP CỦA BAN CHẤP HÀNH …" over "V/v …"; the
    opening on its heading's line with "3 giờ chiều"; "Có mặt 06 người/Tổng số 07 người"; "Vắng mặt:
    tổng số 01 người" (a count, never a name) then "Họ tên người vắng: Ông …, lý do: …"; "Chức vụ:"
    after tabs; "Người lập biên bản:"; "06/06 người dự họp đồng ý"; "4 giờ 30 chiều"."""
    d = _doc()
    _state_table_header(d, "CÔNG ĐOÀN NGÀNH Y TẾ", "CĐCS BỆNH VIỆN Y HỌC CỔ TRUYỀN", "Số: 04/BB-CĐ",
                        "Vĩnh Long, ngày 09 tháng 6 năm 2026")
    _para(d, "BIÊN BẢN CUỘC HỌP CỦA BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ", bold=True)
    _para(d, "V/v tổ chức tham quan hè năm 2026", bold=True)
    _labelled(d, "1. Thời gian, địa điểm: ", "Vào hồi 3 giờ chiều ngày 09/6/2026, tại phòng họp giao ban, được sự "
                                            "nhất trí của Ban Giám đốc, Ban Chấp hành Công đoàn cơ sở tiến hành họp.")
    _para(d, "2. Thành phần tham dự: Ban Chấp hành Công đoàn cơ sở.", bold=True)
    _para(d, "Có mặt 06 người/Tổng số 07 người.")
    _para(d, "Vắng mặt: tổng số 01 người.")
    _para(d, "Họ tên người vắng: Ông Lạc Văn Đông, lý do: đi học.")
    _para(d, "Chủ trì: Bà Phó Thị Hạnh\t\tChức vụ: Chủ tịch Công đoàn cơ sở")
    _para(d, "Người lập biên bản: Ông Tôn Văn Kha\tChức vụ: Ủy viên Ban Chấp hành")
    _para(d, "3. Nội dung", bold=True)
    _para(d, "- Thống nhất chọn điểm tham quan và mức hỗ trợ đoàn viên.")
    _para(d, "Biểu quyết: 06/06 người dự họp đồng ý.")
    _para(d, "Cuộc họp kết thúc lúc 4 giờ 30 chiều cùng ngày.")
    _signature(d, ["NGƯỜI LẬP BIÊN BẢN", "", "Tôn Văn Kha"], ["CHỦ TRÌ", "", "Phó Thị Hạnh"])
    return _bytes(d)


def fund_presidium_reworded() -> bytes:
    """An annual members' meeting typed another way: "Đại hội bắt đầu lúc 7 giờ 30 sáng"; "Tổng số
    thành viên được mời: 120 người; số thành viên có mặt: 98 người"; "Đoàn Chủ tịch: ông … (chủ tọa);
    bà …"; "93/98 đại biểu đồng ý; 5 đại biểu không đồng ý"."""
    d = _doc()
    _para(d, "QUỸ TÍN DỤNG NHÂN DÂN AN BÌNH", bold=True)
    _para(d, "Số: 02/BB-ĐHTV")
    _para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    _para(d, "Độc lập - Tự do - Hạnh phúc", bold=True)
    _para(d, "An Bình, ngày 15 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Đại hội thành viên thường niên năm 2026", bold=True)
    _para(d, "Hôm nay, ngày 15/3/2026, tại Hội trường UBND xã An Bình, Quỹ tín dụng nhân dân An Bình tổ chức "
             "Đại hội thành viên thường niên năm 2026.")
    _para(d, "Đại hội bắt đầu lúc 7 giờ 30 sáng.")
    _para(d, "Tổng số thành viên được mời: 120 người; số thành viên có mặt: 98 người.")
    _para(d, "Đoàn Chủ tịch: ông Cao Văn Tám - Chủ tịch HĐQT (chủ tọa); bà Lê Thị Chín - Giám đốc.")
    _para(d, "Thư ký Đại hội: bà Quan Thị Mười - Kế toán.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Báo cáo kết quả hoạt động năm 2025; kế hoạch năm 2026.")
    _para(d, "Kết quả biểu quyết thông qua báo cáo: 93/98 đại biểu đồng ý; 5 đại biểu không đồng ý.")
    _para(d, "Đại hội bế mạc lúc 11 giờ cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Quan Thị Mười"], ["CHỦ TỌA", "", "Cao Văn Tám"])
    return _bytes(d)


def school_one_sentence_reworded() -> bytes:
    """A staff meeting typed another way: "B I Ê N  B Ả N" over two title lines; the attendance and the
    absentees in the opening sentence ("với sự có mặt của 25/27 giáo viên (vắng: cô … - ốm; thầy … -
    đi học)"); chair and secretary in one sentence, each post after a comma."""
    d = _doc()
    _state_table_header(d, "PHÒNG GD&ĐT HUYỆN TRI TÔN", "TRƯỜNG TIỂU HỌC LƯƠNG PHI", "Số: 09/BB-THLP",
                        "Lương Phi, ngày 20 tháng 5 năm 2026")
    _para(d, "B I Ê N  B Ả N", bold=True)
    _para(d, "HỌP HỘI ĐỒNG SƯ PHẠM", bold=True)
    _para(d, "Tháng 5 năm 2026", bold=True)
    _para(d, "Lúc 14 giờ 00 ngày 20/5/2026, tại phòng họp nhà trường, với sự có mặt của 25/27 giáo viên (vắng: "
             "cô Phạm Thị Lý - ốm; thầy Hồ Văn Dũng - đi học), Hội đồng sư phạm tiến hành họp.")
    _para(d, "Thầy Lò Văn Sáu, Hiệu trưởng chủ trì; cô Mẫn Thị Bảy, giáo viên, làm thư ký.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Đánh giá kết quả cuối năm học.")
    _para(d, "Biểu quyết: 25/25 giáo viên dự họp nhất trí.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Mẫn Thị Bảy"], ["CHỦ TRÌ", "", "Lò Văn Sáu"])
    return _bytes(d)


def village_page_header_reworded() -> bytes:
    """A village meeting typed another way: the header in Word's page header; "I/. Thời gian và địa điểm:
    Bắt đầu lúc 7 giờ tối … tại …………" on its heading's line; "1/. Chủ trì: Ông …………… Chức vụ: …………";
    "2/. Người ghi biên bản:"; a sign-in table "STT | Họ tên chủ hộ | Ký tên"."""
    d = _doc()
    _page_header(d, ["UBND XÃ PHONG HÒA", "BAN NHÂN DÂN THÔN 4"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "Phong Hòa, ngày 03 tháng 8 năm 2026"])
    _para(d, "BIÊN BẢN HỌP THÔN", bold=True)
    _para(d, "Về việc bình xét hộ nghèo năm 2026", bold=True)
    _labelled(d, "I/. Thời gian và địa điểm: ", "Bắt đầu lúc 7 giờ tối ngày 03/8/2026 tại nhà văn hóa thôn 4…………")
    _para(d, "II/. Thành phần:", bold=True)
    _para(d, "1/. Chủ trì: Ông Mai Văn Đức…………… Chức vụ: Trưởng thôn……………")
    _para(d, "2/. Người ghi biên bản: Bà Triệu Thị Nga…………… Chức vụ: Chi hội trưởng phụ nữ…………")
    _para(d, "3/. Danh sách hộ dự họp:")
    _table(d, [["STT", "Họ tên chủ hộ", "Ký tên"], ["1", "Lê Văn An", ""], ["2", "Đỗ Thị Bình", ""],
               ["3", "Vũ Văn Cường", ""], ["4", "Ninh Thị Dung", ""], ["5", "Trần Văn Em", ""]])
    _para(d, "III/. Nội dung:", bold=True)
    _para(d, "- Bình xét danh sách hộ nghèo, hộ cận nghèo năm 2026.")
    _para(d, "Cuộc họp kết thúc lúc 9 giờ tối cùng ngày.")
    _signature(d, ["NGƯỜI GHI BIÊN BẢN", "", "Triệu Thị Nga"], ["TRƯỞNG THÔN", "", "Mai Văn Đức"])
    return _bytes(d)


def values_under_their_labels() -> bytes:
    """Each label alone on its line and its value on the next ("1. Thời gian:" over "14 giờ 00 phút,
    ngày …"), as a form filled in below its printed labels; a vote counted in one line among others
    ("Tổng số phiếu: 9; tán thành: 9; không tán thành: 0")."""
    d = _doc()
    _state_table_header(d, "SỞ NÔNG NGHIỆP VÀ PTNT", "CHI CỤC THỦY LỢI", "Số: 12/BB-CCTL",
                        "Vĩnh Long, ngày 21 tháng 4 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp xét duyệt phương án phòng chống hạn mặn", bold=True)
    _para(d, "1. Thời gian:")
    _para(d, "14 giờ 00 phút, ngày 21/4/2026.")
    _para(d, "2. Địa điểm:")
    _para(d, "Phòng họp Chi cục Thủy lợi.")
    _para(d, "3. Chủ trì:")
    _para(d, "Ông Thái Văn Hòa - Chi cục trưởng.")
    _para(d, "4. Thư ký:")
    _para(d, "Bà Trương Thị Yến - Chuyên viên.")
    _para(d, "5. Nội dung", bold=True)
    _para(d, "- Thông qua phương án phòng chống hạn mặn mùa khô.")
    _para(d, "- Tổng số phiếu: 9; tán thành: 9; không tán thành: 0.")
    _para(d, "Cuộc họp kết thúc lúc 16 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Trương Thị Yến"], ["CHỦ TRÌ", "", "Thái Văn Hòa"])
    return _bytes(d)


def task_table_naming_the_secretary() -> bytes:
    """A three-column task table whose owner column says "Thư ký" is content, not a signature block:
    no secretary may be read from it (the document names none)."""
    d = _doc()
    _state_table_header(d, "UBND HUYỆN CHÂU THÀNH", "PHÒNG Y TẾ", "Số: 05/BB-PYT",
                        "Châu Thành, ngày 05 tháng 3 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp giao ban tháng 3 năm 2026", bold=True)
    _para(d, "Thời gian: 8 giờ, ngày 05/3/2026.")
    _para(d, "Địa điểm: Phòng họp Phòng Y tế.")
    _para(d, "Chủ trì: Ông Lò Văn An - Trưởng phòng.")
    _para(d, "Phân công", bold=True)
    _table(d, [["Nội dung", "Người thực hiện", "Thời hạn"], ["Gửi biên bản", "Thư ký", "10/3/2026"],
               ["Báo cáo sở", "Văn phòng", "15/3/2026"]])
    _para(d, "Cuộc họp kết thúc lúc 10 giờ cùng ngày.")
    return _bytes(d)


def labels_left_empty() -> bytes:
    """A form whose labels were left empty ("Thời gian:", "Chủ trì:", "Thư ký:" alone): the lines after
    the heading are content, never the values of those labels."""
    d = _doc()
    _para(d, "TỔ DÂN PHỐ 7", bold=True)
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp tổ dân phố quý I", bold=True)
    for label in ("Thời gian:", "Địa điểm:", "Chủ trì:", "Thư ký:"):
        _para(d, label)
    _para(d, "Nội dung:", bold=True)
    _para(d, "- Báo cáo tình hình an ninh trật tự quý I.")
    _para(d, "Đoàn Văn Bình phát biểu về vệ sinh môi trường.")
    return _bytes(d)


def council_counts_in_words() -> bytes:
    """The counts said without a label of their own ("Số lượng triệu tập: 30 đồng chí; có mặt: 28"),
    "Vắng mặt: Không"; the opening given as "Vào hồi: 8 giờ 00, ngày …" with the place on its own line."""
    d = _doc()
    _state_table_header(d, "HĐND HUYỆN THOẠI SƠN", "THƯỜNG TRỰC HĐND XÃ VỌNG THÊ", "Số: 09/BB-HĐND",
                        "Vọng Thê, ngày 08 tháng 5 năm 2026")
    _para(d, "BIÊN BẢN", bold=True)
    _para(d, "Họp Thường trực Hội đồng nhân dân xã tháng 5", bold=True)
    _para(d, "Vào hồi: 8 giờ 00, ngày 08/5/2026.")
    _para(d, "Địa điểm: Phòng họp Thường trực HĐND xã.")
    _para(d, "Chủ trì: Ông Diệp Văn Sang - Chủ tịch HĐND xã.")
    _para(d, "Thư ký: Bà Quách Thị Lụa - Công chức Văn phòng.")
    _para(d, "Số lượng triệu tập: 30 đồng chí; có mặt: 28 đồng chí.")
    _para(d, "Vắng mặt: Không.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Chuẩn bị kỳ họp giữa năm.")
    _para(d, "Cuộc họp kết thúc lúc 10 giờ 00 cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Quách Thị Lụa"], ["CHỦ TỌA", "", "Diệp Văn Sang"])
    return _bytes(d)


def opening_two_pairs_a_row() -> bytes:
    """The opening as a form table with two label-value pairs a row (Thời gian | … | Địa điểm | …;
    Chủ trì | … | Thư ký | …), the hour typed "8.30 giờ"."""
    d = _doc()
    _state_table_header(d, "BỆNH VIỆN ĐA KHOA TỈNH", "KHOA DƯỢC", "Số: 04/BB-KD", "Rạch Giá, ngày 11 tháng 5 năm 2026")
    _para(d, "BIÊN BẢN HỌP KHOA", bold=True)
    _para(d, "Tháng 5 năm 2026", bold=True)
    _table(d, [["Thời gian:", "8.30 giờ, ngày 11/5/2026", "Địa điểm:", "Phòng giao ban khoa Dược"],
               ["Chủ trì:", "DS. Mạc Văn Tùng - Trưởng khoa", "Thư ký:", "Phù Thị Nga - Dược sĩ"]])
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Kiểm kê thuốc tháng 4.")
    _para(d, "Cuộc họp kết thúc lúc 10.00 giờ cùng ngày.")
    _signature(d, ["THƯ KÝ", "", "Phù Thị Nga"], ["TRƯỞNG KHOA", "", "Mạc Văn Tùng"])
    return _bytes(d)


def cooperative_signed_by_its_head() -> bytes:
    """The chair named only where he signs, under a title that names his office ("CHỦ NHIỆM",
    "LỚP TRƯỞNG", "PHÓ CHỦ TỊCH"), beside the secretary's signature: read, and marked to check."""
    d = _doc()
    _para(d, "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP TÂN HƯNG", bold=True)
    _para(d, "Tân Hưng, ngày 15 tháng 5 năm 2026")
    _para(d, "BIÊN BẢN HỌP HỘI ĐỒNG QUẢN TRỊ", bold=True)
    _para(d, "Thời gian: 7 giờ 30, ngày 15/5/2026.")
    _para(d, "Địa điểm: Văn phòng Hợp tác xã.")
    _para(d, "Thành phần: 5/5 thành viên Hội đồng quản trị.")
    _para(d, "NỘI DUNG", bold=True)
    _para(d, "- Thống nhất giá dịch vụ bơm tưới vụ Hè Thu.")
    _para(d, "Cuộc họp kết thúc lúc 9 giờ 00 cùng ngày.")
    _table(d, [["THƯ KÝ", "CHỦ NHIỆM"], ["", ""], ["Ngô Thị Lài", "Đỗ Văn Hai"]])
    return _bytes(d)


EXPECTED = {
    "school_hoi_sentence": {
        "organization.parent": "PHÒNG GD&ĐT HUYỆN LONG ĐIỀN", "organization.name": "TRƯỜNG TIỂU HỌC HÒA THUẬN",
        "place": "Hòa Thuận", "meeting.title": "Họp Hội đồng sư phạm tháng 3 năm 2026",
        "meeting.date": "05/3/2026", "meeting.start": "07:30", "meeting.end": "10:00",
        "meeting.location": "phòng họp Hội đồng trường Tiểu học Hòa Thuận",
        "chair": "Quách Văn Tài", "secretary": "Lư Thị Ngọc",
        "attendees.present": 32, "attendees.expected": 34,
    },
    "ward_vao_hoi_tien_hanh": {
        "organization.parent": "UBND QUẬN BÌNH THẠNH", "organization.name": "UBND PHƯỜNG AN LẠC", "place": "An Lạc",
        "meeting.title": "triển khai kế hoạch chỉnh trang đô thị năm 2026",
        "meeting.date": "05/3/2026", "meeting.start": "14:00", "meeting.end": "16:15",
        "meeting.location": "Hội trường Ủy ban nhân dân phường An Lạc",
        "chair": "Kha Văn Lực", "secretary": "Ông Thị Duyên", "attendees.present": 21,
        "attendees.absent": "Hầu Văn Bảy",
    },
    "cooperative_bat_dau_tu": {
        "organization.parent": "HỢP TÁC XÃ NÔNG NGHIỆP PHÚ AN", "organization.name": "BAN QUẢN TRỊ",
        "place": "Phú An", "meeting.date": "12/3/2026", "meeting.start": "08:30", "meeting.end": "11:00",
        "meeting.location": "Văn phòng Hợp tác xã, ấp Phú Hòa",
        "chair": "Diệp Văn Hên", "secretary": "Thạch Thị Sương",
        "vote.agree": 15, "vote.against": 0,
    },
    "party_month_written_out": {
        "organization.parent": "ĐẢNG BỘ XÃ VĨNH TẾ", "organization.name": "CHI BỘ ẤP VĨNH ĐÔNG", "place": "Vĩnh Tế",
        "meeting.title": "Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025",
        "meeting.date": "20/10/2025", "meeting.start": "19:30", "meeting.end": "21:00",
        "meeting.location": "Nhà văn hóa ấp Vĩnh Đông", "chair": "Chau Ty", "secretary": "Néang Phi",
        "attendees.present": 16, "attendees.expected": 18,
    },
    "office_afternoon_date_first": {
        "organization.parent": "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "organization.name": "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI",
        "place": "Long Xuyên", "meeting.title": "Họp giao ban tháng 01 năm 2026",
        "meeting.date": "16/01/2026", "meeting.start": "14:00", "meeting.end": "16:30",
        "meeting.location": "phòng họp Văn phòng đăng ký đất đai",
        "chair": "Tăng Văn Đức", "secretary": "Vưu Thị Xuân",
    },
    "union_times_and_dots": {
        "organization.parent": "CÔNG ĐOÀN GIÁO DỤC HUYỆN", "organization.name": "CĐCS TRƯỜNG THCS PHÚ LỢI",
        "place": "Phú Lợi", "meeting.title": "Họp Ban Chấp hành Công đoàn cơ sở tháng 3",
        "meeting.date": "05/3/2026", "meeting.start": "07:30", "meeting.end": "09:00",
        "meeting.location": "Phòng Công đoàn nhà trường",
        "chair": "Ngô Thị Bích", "secretary": "Trịnh Văn Lộc",
        "attendees.present": 9, "attendees.expected": 11,
    },
    "hospital_14h_stacked": {
        "organization.parent": "SỞ Y TẾ TỈNH ĐỒNG THÁP", "organization.name": "TRUNG TÂM Y TẾ HUYỆN THÁP MƯỜI",
        "place": "Tháp Mười", "meeting.date": "05/3/2026", "meeting.start": "14:00", "meeting.end": "15:30",
        "meeting.location": "Phòng họp giao ban Trung tâm",
        "chair": "Lục Văn Hùng", "secretary": "Nghiêm Thị Hạnh",
        "attendees.present": 15, "attendees.expected": 17,
    },
    "doan_time_range": {
        "organization.name": "CHI ĐOÀN ẤP TÂN THẠNH", "place": "Tân Hội",
        "meeting.title": "Sinh hoạt chi đoàn tháng 02 năm 2026",
        "meeting.date": "28/02/2026", "meeting.start": "19:00", "meeting.end": "21:00",
        "meeting.location": "Nhà văn hóa ấp Tân Thạnh",
        "chair": "Lâm Văn Khải", "chair.position": "Bí thư Chi đoàn", "secretary": "Tô Thị Mỹ",
        "secretary.position": "Phó Bí thư",
        "attendees.present": 24, "attendees.expected": 26, "vote.agree": 24, "vote.against": 0,
    },
    "commune_party_cuoc_hop_bat_dau": {
        "organization.parent": "ĐẢNG BỘ HUYỆN CHỢ GẠO", "organization.name": "ĐẢNG ỦY XÃ BÌNH PHAN",
        "place": "Bình Phan", "meeting.title": "Họp Ban Thường vụ Đảng ủy tháng 3 năm 2026",
        "meeting.date": "10/3/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Phòng họp số 1, trụ sở Đảng ủy xã",
        "chair": "Phan Văn Út", "chair.position": "Bí thư Đảng ủy", "secretary": "Lý Thị Hồng",
        "attendees.present": 5, "attendees.expected": 5,
    },
    "clinic_signed_only_sentence_case": {
        "organization.parent": "BỆNH VIỆN ĐA KHOA KHU VỰC", "organization.name": "KHOA NGOẠI TỔNG HỢP",
        "place": "Cao Lãnh", "meeting.date": "18/3/2026", "meeting.start": "15:00", "meeting.end": "16:10",
        "meeting.location": "Phòng giao ban khoa Ngoại tổng hợp",
        "chair": "Trương Văn Hiếu", "secretary": "Võ Thị Kiều",
    },
    "hamlet_ngay_first_tham_du": {
        "organization.parent": "UBND XÃ TÂN BÌNH", "organization.name": "BAN NHÂN DÂN ẤP BÌNH AN",
        "meeting.title": "bàn phương án làm đường giao thông nông thôn",
        "meeting.date": "25/3/2026", "meeting.start": "09:00", "meeting.end": "11:15",
        "meeting.location": "Trụ sở Ban Nhân dân ấp Bình An",
        "chair": "Lê Văn Chín", "secretary": "Đặng Văn Mười",
        "attendees.present": 42, "attendees.expected": 50, "vote.agree": 40, "vote.against": 2,
    },
    "women_union_khai_mac": {
        "organization.parent": "HỘI LIÊN HIỆP PHỤ NỮ XÃ MỸ HIỆP", "organization.name": "CHI HỘI PHỤ NỮ ẤP MỸ THUẬN",
        "place": "Mỹ Hiệp", "meeting.title": "Sinh hoạt chi hội quý I năm 2026",
        "meeting.date": "08/3/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Nhà bà Sáu Nhàn, ấp Mỹ Thuận",
        "chair": "Hồ Thị Nhàn", "secretary": "Kiều Thị Loan",
        "attendees.present": 28, "attendees.expected": 30,
    },
    "subject_group_ket_thuc_section": {
        "organization.parent": "TRƯỜNG THCS NAM HÒA", "organization.name": "TỔ TOÁN - TIN", "place": "Nam Hòa",
        "meeting.date": "22/10/2026", "meeting.start": "14:00", "meeting.end": "16:30",
        "meeting.location": "Phòng sinh hoạt chuyên môn Tổ Toán - Tin",
        "chair": "Dư Văn Khang", "chair.position": "Tổ trưởng chuyên môn", "secretary": "Lạc Thị Mơ",
        "attendees.present": 7, "attendees.expected": 7,
    },
    "class_form_numbered_roles": {
        "organization.parent": "TRƯỜNG THPT LONG PHÚ", "organization.name": "LỚP 11A3",
        "meeting.date": "12/3/2026", "meeting.start": "08:00", "meeting.end": "09:00",
        "meeting.location": "phòng học lớp 11A3", "chair": "Thái Gia Huy", "secretary": "Lưu Ngọc Trâm",
        "attendees.present": 40, "attendees.expected": 42,
    },
    "company_roles_table": {
        "organization.parent": "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM", "organization.name": "CÔNG TY ĐIỆN LỰC HẬU GIANG",
        "place": "Hậu Giang", "meeting.title": "chuẩn bị cấp điện phục vụ Tết Nguyên đán",
        "meeting.date": "09/02/2026", "meeting.start": "13:30", "meeting.end": "15:00",
        "meeting.location": "Phòng họp tầng 3, trụ sở Công ty",
        "chair": "Mã Văn Tín", "chair.position": "Phó Giám đốc", "secretary": "Giang Thị Hồng",
    },
    "parents_roles_in_brackets": {
        "organization.parent": "SỞ GD&ĐT TỈNH BẮC KẠN", "organization.name": "TRƯỜNG THPT NA RÌ", "place": "Na Rì",
        "meeting.date": "27/9/2026", "meeting.start": "09:30", "meeting.end": "11:30",
        "meeting.location": "Phòng học lớp 10A1", "chair": "Hà Thị Vân",
        "chair.position": "Giáo viên chủ nhiệm lớp 10A1", "secretary": "Triệu Thị Lan",
        "attendees.present": 41, "attendees.expected": 42,
    },
    "party_handbook_form": {
        "organization.parent": "ĐẢNG BỘ XÃ THẠNH LỢI", "organization.name": "CHI BỘ ẤP 3", "place": "Thạnh Lợi",
        "meeting.title": "Sinh hoạt chi bộ định kỳ tháng 3 năm 2026",
        "meeting.date": "05/3/2026", "meeting.start": "19:30", "meeting.end": "21:15",
        "meeting.location": "Văn phòng ấp 3", "chair": "Trịnh Văn Đạt", "chair.position": "Bí thư chi bộ",
        "secretary": "Mai Thị Út", "attendees.present": 15, "attendees.expected": 17,
        "attendees.absent": "Tạ Văn Xuân; Lê Văn Yên", "vote.agree": 15,
    },
    "business_form_split_opening": {
        "organization.name": "CÔNG TY TNHH CƠ KHÍ TÂN TIẾN", "place": "Bình Dương",
        "meeting.title": "Kế hoạch sản xuất quý II năm 2026",
        "meeting.date": "12/3/2026", "meeting.start": "08:30", "meeting.end": "11:00",
        "meeting.location": "Phòng họp số 2, nhà điều hành",
        "chair": "Lâm Văn Tiến", "chair.position": "Giám đốc", "secretary": "Phùng Thị Diễm",
        "vote.agree": 9, "vote.against": 0,
    },
    "office_split_labels": {
        "organization.parent": "UBND HUYỆN CỦ CHI", "organization.name": "PHÒNG KINH TẾ", "place": "Củ Chi",
        "meeting.title": "góp ý dự thảo kế hoạch phát triển chợ năm 2026",
        "meeting.date": "17/4/2026", "meeting.start": "08:00", "meeting.end": "10:30",
        "meeting.location": "Phòng họp Phòng Kinh tế",
        "chair": "Văn Công Thành", "chair.position": "Trưởng phòng Kinh tế",
        "secretary": "Doãn Thị Ngà", "secretary.position": "Chuyên viên",
        "attendees.present": 30, "attendees.expected": 32, "vote.agree": 28, "vote.against": 2,
    },
    "class_place_with_tai": {
        "organization.parent": "TRƯỜNG TIỂU HỌC PHÚ THỌ", "organization.name": "LỚP 5A", "place": "Phú Thọ",
        "meeting.title": "Sinh hoạt lớp tuần 28",
        "meeting.date": "30/3/2026", "meeting.start": "10:15", "meeting.end": "10:55",
        "meeting.location": "phòng học lớp 5A", "chair": "Quan Bảo Ngọc", "secretary": "Lục Minh Khoa",
        "attendees.present": 38, "attendees.expected": 40,
    },
    "commune_chaired_in_sentence": {
        "organization.parent": "UBND HUYỆN TAM NÔNG", "organization.name": "UBND XÃ PHÚ CƯỜNG", "place": "Phú Cường",
        "meeting.title": "Ban chỉ đạo phòng, chống dịch bệnh trên cây trồng",
        "meeting.date": "14/4/2026", "meeting.start": "13:30", "meeting.end": "15:45",
        "meeting.location": "Hội trường UBND xã Phú Cường",
        "chair": "Hồ Văn Bảy", "chair.position": "Chủ tịch UBND xã",
        "secretary": "Lữ Thị Hoa", "secretary.position": "Công chức Văn phòng - Thống kê",
        "attendees.present": 11, "attendees.expected": 13, "attendees.absent": "Kiều Văn Ba; Thân Văn Tư",
    },
    "school_labels_on_one_line": {
        "organization.parent": "PHÒNG GD&ĐT THỊ XÃ TÂN CHÂU", "organization.name": "TRƯỜNG MẦM NON LONG SƠN",
        "place": "Long Sơn", "meeting.title": "Họp Hội đồng trường tháng 4 năm 2026",
        "meeting.date": "02/4/2026", "meeting.start": "14:00", "meeting.end": "16:00",
        "meeting.location": "Phòng họp trường Mầm non Long Sơn",
        "chair": "Võ Thị Sen", "chair.position": "Hiệu trưởng", "secretary": "Lý Thị Hằng",
        "secretary.position": "Giáo viên", "attendees.present": 24, "attendees.expected": 25,
        "attendees.absent": "Chế Thị Mai",
    },
    "party_form_counts_reworded": {
        "organization.parent": "ĐẢNG BỘ PHƯỜNG AN HÒA", "organization.name": "CHI BỘ KHU PHỐ 2", "place": "An Hòa",
        "meeting.title": "SINH HOẠT CHI BỘ THÁNG 9 NĂM 2026", "meeting.date": "10/9/2026",
        "meeting.start": "19:00", "meeting.end": "21:15", "meeting.location": "Văn phòng khu phố 2",
        "chair": "Kha Văn Lợi", "secretary": "Âu Thị Mai", "attendees.present": 16, "attendees.expected": 18,
        "attendees.absent": "Hà Văn Tâm; Mạc Thị Lan", "vote.agree": 16,
    },
    "union_form_counts_reworded": {
        "organization.parent": "CÔNG ĐOÀN NGÀNH Y TẾ", "organization.name": "CĐCS BỆNH VIỆN Y HỌC CỔ TRUYỀN",
        "place": "Vĩnh Long", "meeting.title": "tổ chức tham quan hè năm 2026", "meeting.date": "09/6/2026",
        "meeting.start": "15:00", "meeting.end": "16:30", "meeting.location": "phòng họp giao ban",
        "chair": "Phó Thị Hạnh", "chair.position": "Chủ tịch Công đoàn cơ sở", "secretary": "Tôn Văn Kha",
        "secretary.position": "Ủy viên Ban Chấp hành", "attendees.present": 6, "attendees.expected": 7,
        "attendees.absent": "Lạc Văn Đông", "vote.agree": 6,
    },
    "fund_presidium_reworded": {
        "organization.parent": None, "organization.name": "QUỸ TÍN DỤNG NHÂN DÂN AN BÌNH", "place": "An Bình",
        "meeting.title": "Đại hội thành viên thường niên năm 2026", "meeting.date": "15/3/2026",
        "meeting.start": "07:30", "meeting.end": "11:00", "meeting.location": "Hội trường UBND xã An Bình",
        "chair": "Cao Văn Tám", "chair.position": "Chủ tịch HĐQT", "secretary": "Quan Thị Mười",
        "attendees.present": 98, "attendees.expected": 120, "vote.agree": 93, "vote.against": 5,
    },
    "school_one_sentence_reworded": {
        "organization.parent": "PHÒNG GD&ĐT HUYỆN TRI TÔN", "organization.name": "TRƯỜNG TIỂU HỌC LƯƠNG PHI",
        "place": "Lương Phi", "meeting.title": "HỌP HỘI ĐỒNG SƯ PHẠM Tháng 5 năm 2026", "meeting.date": "20/5/2026",
        "meeting.start": "14:00", "meeting.end": "16:00", "meeting.location": "phòng họp nhà trường",
        "chair": "Lò Văn Sáu", "chair.position": "Hiệu trưởng", "secretary": "Mẫn Thị Bảy",
        "secretary.position": "giáo viên", "attendees.present": 25, "attendees.expected": 27,
        "attendees.absent": "Phạm Thị Lý; Hồ Văn Dũng", "vote.agree": 25,
    },
    "village_page_header_reworded": {
        "organization.parent": "UBND XÃ PHONG HÒA", "organization.name": "BAN NHÂN DÂN THÔN 4", "place": "Phong Hòa",
        "meeting.title": "bình xét hộ nghèo năm 2026", "meeting.date": "03/8/2026",
        "meeting.start": "19:00", "meeting.end": "21:00", "meeting.location": "nhà văn hóa thôn 4",
        "chair": "Mai Văn Đức", "chair.position": "Trưởng thôn", "secretary": "Triệu Thị Nga",
        "secretary.position": "Chi hội trưởng phụ nữ", "attendees.present": 5,
    },
    "values_under_their_labels": {
        "organization.parent": "SỞ NÔNG NGHIỆP VÀ PTNT", "organization.name": "CHI CỤC THỦY LỢI", "place": "Vĩnh Long",
        "meeting.title": "Họp xét duyệt phương án phòng chống hạn mặn",
        "meeting.date": "21/4/2026", "meeting.start": "14:00", "meeting.end": "16:00",
        "meeting.location": "Phòng họp Chi cục Thủy lợi",
        "chair": "Thái Văn Hòa", "chair.position": "Chi cục trưởng",
        "secretary": "Trương Thị Yến", "secretary.position": "Chuyên viên", "vote.agree": 9, "vote.against": 0,
    },
    "task_table_naming_the_secretary": {
        "organization.name": "PHÒNG Y TẾ", "meeting.date": "05/3/2026", "meeting.start": "08:00",
        "meeting.end": "10:00", "chair": "Lò Văn An", "secretary": None,
    },
    "labels_left_empty": {
        "organization.name": "TỔ DÂN PHỐ 7", "meeting.date": None, "meeting.start": None,
        "meeting.location": None, "chair": None, "secretary": None,
    },
    "council_counts_in_words": {
        "organization.parent": "HĐND HUYỆN THOẠI SƠN", "organization.name": "THƯỜNG TRỰC HĐND XÃ VỌNG THÊ",
        "place": "Vọng Thê", "meeting.date": "08/5/2026", "meeting.start": "08:00", "meeting.end": "10:00",
        "meeting.location": "Phòng họp Thường trực HĐND xã", "chair": "Diệp Văn Sang", "secretary": "Quách Thị Lụa",
        "attendees.present": 28, "attendees.expected": 30, "attendees.absent": None,
    },
    "opening_two_pairs_a_row": {
        "organization.parent": "BỆNH VIỆN ĐA KHOA TỈNH", "organization.name": "KHOA DƯỢC", "place": "Rạch Giá",
        "meeting.title": "Họp khoa tháng 5 năm 2026",
        "meeting.date": "11/5/2026", "meeting.start": "08:30", "meeting.end": "10:00",
        "meeting.location": "Phòng giao ban khoa Dược", "chair": "Mạc Văn Tùng", "chair.position": "Trưởng khoa",
        "secretary": "Phù Thị Nga", "secretary.position": "Dược sĩ",
    },
    "cooperative_signed_by_its_head": {
        "organization.name": "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP TÂN HƯNG", "place": "Tân Hưng",
        "meeting.date": "15/5/2026", "meeting.start": "07:30", "meeting.end": "09:00",
        "meeting.location": "Văn phòng Hợp tác xã", "chair": "Đỗ Văn Hai", "secretary": "Ngô Thị Lài",
        "attendees.present": 5, "attendees.expected": 5,
    },
}
"""Per builder: field path -> what a careful secretary writes (None: not in the document)."""
