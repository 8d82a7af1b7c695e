"""Personal data: masks hide the middle, blind indexes match equal values, ciphertext is sealed."""

import base64
import string

import pytest
import sqlalchemy as sa

from jiuzhu_kit import pii
from jiuzhu_kit.pii import DecryptionError, EncryptedString, FieldCipher

SECRET = "test-secret-for-pii-only"


def test_mask_id_number_keeps_address_code_and_last_four() -> None:
    masked = pii.mask_id_number("11010519491231002X")
    assert masked == "110105********002X"
    assert "19491231" not in masked


def test_mask_phone_keeps_prefix_and_last_four() -> None:
    assert pii.mask_phone("13812345678") == "138****5678"
    assert pii.mask_phone("138 1234 5678") == "138****5678"


@pytest.mark.parametrize("phone", ["12345", "0731-2233", "5678"])
def test_short_numbers_never_show_more_than_the_last_four(phone: str) -> None:
    masked = pii.mask_phone(phone)
    digits = phone.replace("-", "")
    assert digits[:-4] == "" or digits[:-4] not in masked
    assert masked.count("*") >= max(len(digits) - 4, 1)


def test_mask_name_keeps_only_the_first_character() -> None:
    assert pii.mask_name("张开发") == "张**"
    assert pii.mask_name("李建孝") == "李**"
    assert pii.mask_name("欧阳") == "欧*"
    assert pii.mask_name("曾") == "*"


@pytest.mark.parametrize("number", ["430211198005200031", "44011719900101234X"])
def test_id_masks_never_leak_the_middle(number: str) -> None:
    masked = pii.mask_id_number(number)
    assert len(masked) == len(number)
    assert masked[6:14] == "*" * 8
    assert number[6:14] not in masked


def test_short_id_fragments_are_masked_entirely() -> None:
    assert pii.mask_id_number("1101052") == "*******"


def test_blind_index_is_stable_per_key_and_differs_across_keys() -> None:
    first = pii.blind_index("13812345678", "key-one")
    assert first == pii.blind_index("13812345678", b"key-one")
    assert first != pii.blind_index("13812345678", "key-two")
    assert first != pii.blind_index("13812345679", "key-one")
    assert len(first) == 64 and "13812345678" not in first


def test_blind_index_ignores_spacing_width_and_case() -> None:
    key = "index-key"
    reference = pii.blind_index("11010519491231002X", key)
    assert pii.blind_index(" 11010519491231002x ", key) == reference
    assert pii.blind_index("１１０１０５１９４９１２３１００２Ｘ", key) == reference  # full-width


def test_blind_index_refuses_an_empty_key() -> None:
    with pytest.raises(ValueError):
        pii.blind_index("13812345678", "")


def test_encryption_round_trips_and_hides_the_plaintext() -> None:
    cipher = FieldCipher(SECRET)
    token = cipher.encrypt("13812345678")
    assert "13812345678" not in token
    assert cipher.decrypt(token) == "13812345678"
    assert cipher.decrypt(cipher.encrypt("张开发")) == "张开发"
    assert cipher.decrypt(cipher.encrypt("")) == ""


def test_equal_plaintexts_encrypt_differently() -> None:
    cipher = FieldCipher(SECRET)
    assert cipher.encrypt("13812345678") != cipher.encrypt("13812345678")


def test_the_same_secret_decrypts_across_instances_and_another_does_not() -> None:
    token = FieldCipher(SECRET).encrypt("430211198005200031")
    assert FieldCipher(SECRET).decrypt(token) == "430211198005200031"
    with pytest.raises(DecryptionError, match="another key"):
        FieldCipher("a-different-secret").decrypt(token)


def _flip_byte(token: str, index: int) -> str:
    blob = bytearray(base64.urlsafe_b64decode(token))
    blob[index] ^= 0x01
    return base64.urlsafe_b64encode(bytes(blob)).decode()


@pytest.mark.parametrize("index", [5, 13, -1])  # nonce, ciphertext, tag
def test_tampered_ciphertext_fails_authentication(index: int) -> None:
    cipher = FieldCipher(SECRET)
    token = cipher.encrypt("13812345678")
    with pytest.raises(DecryptionError, match="altered"):
        cipher.decrypt(_flip_byte(token, index))


@pytest.mark.parametrize(
    ("token", "reason"),
    [("not base64!", "base64"), ("AAAA", "too short")],
)
def test_malformed_tokens_are_rejected_with_a_reason(token: str, reason: str) -> None:
    with pytest.raises(DecryptionError, match=reason):
        FieldCipher(SECRET).decrypt(token)


def test_an_unknown_format_version_is_rejected() -> None:
    token = FieldCipher(SECRET).encrypt("13812345678")
    with pytest.raises(DecryptionError, match="version"):
        FieldCipher(SECRET).decrypt(_flip_byte(token, 0))


def test_encrypted_string_column_stores_ciphertext_and_loads_plaintext() -> None:
    cipher = FieldCipher(SECRET)
    metadata = sa.MetaData()
    person = sa.Table(
        "person",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("phone", EncryptedString(lambda: cipher, length=20)),
        sa.Column("phone_index", sa.String(64)),
    )
    engine = sa.create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            person.insert(),
            [
                {
                    "id": 1,
                    "phone": "13812345678",
                    "phone_index": pii.blind_index("13812345678", "k"),
                },
                {"id": 2, "phone": None, "phone_index": None},
            ],
        )
        raw = conn.execute(sa.text("SELECT phone FROM person WHERE id = 1")).scalar_one()
        assert "13812345678" not in raw
        assert cipher.decrypt(raw) == "13812345678"
        lookup = person.c.phone_index == pii.blind_index("138 1234 5678", "k")
        assert conn.execute(sa.select(person.c.phone).where(lookup)).scalar_one() == "13812345678"
        assert conn.execute(sa.select(person.c.phone).where(person.c.id == 2)).scalar_one() is None


def test_encrypted_string_column_is_wide_enough_for_its_length() -> None:
    column_type = EncryptedString(lambda: FieldCipher(SECRET), length=20)
    token = FieldCipher(SECRET).encrypt("𠀀" * 20)  # 4-byte UTF-8 characters, the worst case
    assert isinstance(column_type.impl, sa.String)
    assert column_type.impl.length is not None and len(token) <= column_type.impl.length


def test_encrypting_many_gives_tokens_of_the_same_format() -> None:
    cipher = FieldCipher("bulk-secret")
    values = ["430211198005171234", "张三", "", "x" * 100] * 50
    tokens = cipher.encrypt_many(values)
    assert [cipher.decrypt(t) for t in tokens] == values
    assert len(set(tokens)) == len(tokens)  # a fresh nonce for each
    assert [len(t) for t in tokens] == [len(cipher.encrypt(v)) for v in values]
    assert all(set(t) <= set(string.ascii_letters + string.digits + "-_=") for t in tokens)
    assert cipher.encrypt_many([]) == []
